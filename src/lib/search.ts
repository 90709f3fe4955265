import type { Where } from 'payload'

import type { Locale } from '@/i18n/config'
import type { Author } from '@/payload-types'

import { lexicalToPlainText } from './lexicalText'
import { getPayloadClient } from './payload'
import { cardPopulate, PAGE_SIZE } from './queries'

export const MAX_QUERY_LENGTH = 100
/** How many matching articles are ranked; beyond that, the newest matches win. */
const CANDIDATES = 300

/** The words of a query, lower-cased, without duplicates (at most eight). */
export function searchTerms(query: string): string[] {
  const words = query.toLocaleLowerCase().split(/[\s,.;:!?"“”«»()]+/u).filter((word) => word.length > 0)
  return [...new Set(words)].slice(0, 8)
}

const occurrences = (text: string, term: string) => {
  let count = 0
  for (let at = text.indexOf(term); at !== -1 && count < 20; at = text.indexOf(term, at + term.length)) count++
  return count
}

/**
 * Ranks by where the words appear: title, then standfirst, then author names, then body
 * (capped, so a long text does not outrank a precise title).
 */
function score(doc: { title: string; standfirst: string; authors?: unknown[] | null; searchText?: string | null }, terms: string[]) {
  const title = doc.title.toLocaleLowerCase()
  const standfirst = doc.standfirst.toLocaleLowerCase()
  const names = (doc.authors ?? []).map((author) => (typeof author === 'object' ? (author as Author).name : '')).join(' ').toLocaleLowerCase()
  const body = doc.searchText ?? ''
  return terms.reduce(
    (total, term) =>
      total + 10 * occurrences(title, term) + 5 * occurrences(standfirst, term) + 4 * occurrences(names, term) + occurrences(body, term),
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
 * same on SQLite and MongoDB.
 */
export async function searchArticles(locale: Locale, query: string, page: number) {
  const terms = searchTerms(query)
  if (terms.length === 0) return { terms, total: 0, totalPages: 0, page: 1, results: [] }
  const payload = await getPayloadClient()
  const where: Where = {
    and: [
      { _status: { equals: 'published' } },
      ...terms.map((term) => ({
        or: [{ 'searchText.en': { like: term } }, { [`searchText.${locale}`]: { like: term } }],
      })),
    ],
  }
  const { docs } = await payload.find({
    collection: 'articles',
    locale,
    where,
    sort: '-publishedAt',
    limit: CANDIDATES,
    depth: 1,
    select: { title: true, slug: true, kind: true, standfirst: true, publishedAt: true, authors: true, topics: true, heroImage: true, searchText: true },
    populate: cardPopulate,
    overrideAccess: false,
  })
  const ranked = docs
    .map((doc) => ({ doc, score: score(doc, terms) }))
    .sort((a, b) => b.score - a.score || String(b.doc.publishedAt).localeCompare(String(a.doc.publishedAt)))
  const totalPages = Math.max(1, Math.ceil(ranked.length / PAGE_SIZE))
  const current = Math.min(page, totalPages)
  const pageDocs = ranked.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE).map(({ doc }) => doc)

  // Bodies only for the ten results shown, for their excerpts.
  const bodies = pageDocs.length
    ? await payload.find({
        collection: 'articles',
        locale,
        where: { id: { in: pageDocs.map((doc) => doc.id) } },
        limit: pageDocs.length,
        depth: 0,
        select: { body: true },
        overrideAccess: false,
      })
    : { docs: [] }
  const bodyById = new Map(bodies.docs.map((doc) => [doc.id, lexicalToPlainText(doc.body)]))
  const results = pageDocs.map(({ searchText: _index, ...article }) => ({
    article,
    excerpt: excerpt(bodyById.get(article.id) ?? '', terms),
  }))
  return { terms, total: ranked.length, totalPages, page: current, results }
}
