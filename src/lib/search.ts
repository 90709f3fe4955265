import type { Where } from 'payload'

import type { Locale } from '@/i18n/config'
import type { Author } from '@/payload-types'

import { lexicalToPlainText } from './lexicalText'
import { getPayloadClient } from './payload'
import { cardPopulate, cardSelect, PAGE_SIZE } from './queries'
import { idOf } from './relations'

export const MAX_QUERY_LENGTH = 100
/** How many matching articles are ranked; beyond that, the most recently added matches win. */
const CANDIDATES = 300

/** The words of a query, lower-cased, without duplicates (at most eight). */
export function searchTerms(query: string): string[] {
  const words = query
    .toLocaleLowerCase()
    .split(/[\s,.;:!?"“”«»()]+/u)
    .filter((word) => word.length > 0)
  return [...new Set(words)].slice(0, 8)
}

const occurrences = (text: string, term: string) => {
  let count = 0
  for (
    let at = text.indexOf(term);
    at !== -1 && count < 20;
    at = text.indexOf(term, at + term.length)
  )
    count++
  return count
}

type Candidate = {
  title: string
  standfirst: string
  authors?: (Author['id'] | Author)[] | null
  searchText?: string | null
}

/**
 * Ranks by where the words appear: title, then standfirst, then author names, then body
 * (capped, so a long text does not outrank a precise title).
 */
function score(doc: Candidate, names: string, terms: string[]) {
  const title = doc.title.toLocaleLowerCase()
  const standfirst = doc.standfirst.toLocaleLowerCase()
  const body = doc.searchText ?? ''
  return terms.reduce(
    (total, term) =>
      total +
      10 * occurrences(title, term) +
      5 * occurrences(standfirst, term) +
      4 * occurrences(names, term) +
      occurrences(body, term),
    0,
  )
}

/** A sentence-sized piece of the text around the first matched word. */
function excerpt(text: string, terms: string[]): string | null {
  const lower = text.toLocaleLowerCase()
  const at = Math.min(...terms.map((term) => lower.indexOf(term)).filter((index) => index >= 0))
  if (!Number.isFinite(at)) return null
  const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 80)))
  const end = text.indexOf(' ', Math.min(text.length, at + 160))
  return `${start > 0 ? '… ' : ''}${text.slice(start, end === -1 ? undefined : end).trim()}${end === -1 ? '' : ' …'}`
}

/**
 * Published articles containing every word of the query in their title, standfirst, authors or
 * body, in this language or in English. Uses only Payload's `like` operator, so it behaves the
 * same on every database engine.
 */
export async function searchArticles(locale: Locale, query: string, page: number) {
  const terms = searchTerms(query)
  if (terms.length === 0) return { terms, total: 0, totalPages: 0, page: 1, results: [] }
  const payload = await getPayloadClient()
  // English is every article's fallback language; in English itself the second column would only repeat the first.
  const columns = [...new Set(['en', locale])].map((code) => `searchText.${code}`)
  const where: Where = {
    and: [
      { _status: { equals: 'published' } },
      ...terms.map((term) => ({ or: columns.map((column) => ({ [column]: { like: term } })) })),
    ],
  }
  // Ranked from the candidates' own rows (depth 0): populating hundreds of cards to show ten is
  // what made a common word slow on a large archive (bench/ANALYSIS.md). The candidates are the
  // newest by id, which the database walks backwards and stops after the first 300 matches; in
  // publication order it must first find and sort every match (at 7,000 articles: 29 vs 168 ms).
  // No page count either (`pagination: false`): that would be another scan of every article's text.
  const { docs } = await payload.find({
    collection: 'articles',
    locale,
    where,
    sort: '-id',
    limit: CANDIDATES,
    pagination: false,
    depth: 0,
    select: { title: true, standfirst: true, publishedAt: true, authors: true, searchText: true },
    overrideAccess: false,
  })
  const authorIds = [
    ...new Map(
      docs.flatMap((doc) =>
        (doc.authors ?? []).map((author) => [String(idOf(author)), idOf(author)] as const),
      ),
    ).values(),
  ]
  const authors = authorIds.length
    ? await payload.find({
        collection: 'authors',
        locale,
        where: { id: { in: authorIds } },
        limit: authorIds.length,
        pagination: false,
        depth: 0,
        select: { name: true },
        overrideAccess: false,
      })
    : { docs: [] }
  const nameById = new Map(
    authors.docs.map((author) => [String(author.id), author.name.toLocaleLowerCase()]),
  )
  const namesOf = (doc: Candidate) =>
    (doc.authors ?? []).map((author) => nameById.get(String(idOf(author))) ?? '').join(' ')
  const ranked = docs
    .map((doc) => ({
      id: doc.id,
      score: score(doc, namesOf(doc), terms),
      publishedAt: String(doc.publishedAt),
    }))
    .sort((a, b) => b.score - a.score || b.publishedAt.localeCompare(a.publishedAt))
  const totalPages = Math.max(1, Math.ceil(ranked.length / PAGE_SIZE))
  const current = Math.min(page, totalPages)
  const pageIds = ranked.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE).map(({ id }) => id)

  // Cards and bodies (for the excerpts) only for the results shown.
  const shown = pageIds.length
    ? await payload.find({
        collection: 'articles',
        locale,
        where: { id: { in: pageIds } },
        limit: pageIds.length,
        pagination: false,
        depth: 1,
        select: { ...cardSelect, body: true },
        populate: cardPopulate,
        overrideAccess: false,
      })
    : { docs: [] }
  const byId = new Map(shown.docs.map((doc) => [String(doc.id), doc]))
  const results = pageIds.flatMap((id) => {
    const found = byId.get(String(id))
    if (!found) return []
    const { body, ...article } = found
    return [{ article, excerpt: excerpt(lexicalToPlainText(body), terms) }]
  })
  return { terms, total: ranked.length, totalPages, page: current, results }
}
