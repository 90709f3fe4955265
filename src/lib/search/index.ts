/**
 * The site's search: what readers type, matched in the full-text index of the database engine
 * (src/lib/database/search/), in the page's language and in English (every article's fallback),
 * then filtered, counted per facet, ranked and paged here, and shown as cards loaded through the
 * Local API as the reader (`overrideAccess: false`): the index only ever names documents.
 */
import type { Payload } from 'payload'

import { DEFAULT_LOCALE, type Locale } from '@/i18n/config'
import { searchIndex, type SearchMatch, type SearchType } from '@/lib/database'
import { lexicalToPlainText } from '@/lib/lexicalText'
import { getPayloadClient } from '@/lib/payload'
import { cardPopulate, cardSelect, PAGE_SIZE, type ArticleCard } from '@/lib/queries'

import { excerptAround, wordMatcher } from './highlight'
import { parseQuery, termsIn, type QueryPart } from './query'
import type { Facet, FacetName, SearchRequest } from './request'

export { MAX_QUERY_LENGTH } from './query'
export { readSearchRequest, type SearchRequest } from './request'

/** How many matching authors and topics are shown above the articles. */
const PEOPLE_SHOWN = 4
const TOPICS_SHOWN = 6
/** The most values a facet lists (the most frequent); the selected one is always among them. */
const FACET_VALUES = 12

export type SearchResult = {
  parts: QueryPart[]
  /** Marks a written word the query matched (highlighting). */
  matches: (word: string) => boolean
  total: number
  page: number
  totalPages: number
  results: { article: ArticleCard; excerpt: string | null }[]
  facets: Record<FacetName, Facet[]>
  people: { id: string; name: string; slug: string; headline?: string | null }[]
  topics: { id: string; name: string; slug: string }[]
}

const languagesFor = (locale: Locale): Locale[] => [...new Set([locale, DEFAULT_LOCALE])]

/**
 * How many searches this process runs at once; the others wait their turn. A search holds the
 * event loop through its whole database query on SQLite (libSQL answers synchronously) and through
 * its ranking in JavaScript: with dozens interleaved, a page answered from memory waited behind all
 * of them (bench/ANALYSIS.md, "Search"). Searches themselves finish no later in all.
 */
const SEARCHES_AT_ONCE = 2
let searching = 0
const waiting: (() => void)[] = []

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (searching < SEARCHES_AT_ONCE) searching++
  else await new Promise<void>((resolve) => waiting.push(resolve))
  try {
    return await work()
  } finally {
    // The turn passes to the next search waiting, or is given back.
    const next = waiting.shift()
    if (next) next()
    else searching--
  }
}

/** Each matched document once, with its best rank (its own language's entry or the English one). */
async function matchesOf(
  payload: Payload,
  type: SearchType,
  parts: QueryPart[],
  locale: Locale,
): Promise<SearchMatch[]> {
  const clauses = languagesFor(locale).map((lang) => ({ lang, parts: termsIn(parts, lang) }))
  const best = new Map<string, SearchMatch>()
  for (const match of await (await searchIndex(payload)).match(payload, type, clauses)) {
    const known = best.get(match.doc)
    if (!known || match.rank > known.rank) best.set(match.doc, match)
  }
  return [...best.values()]
}

const yearOf = (match: SearchMatch) => (match.published ? match.published.slice(0, 4) : '')

/** A match's values per facet: a facet may hold several (topics, authors). */
const VALUES: Record<FacetName, (match: SearchMatch) => string[]> = {
  kind: (match) => (match.kind ? [match.kind] : []),
  topic: (match) => match.topics,
  author: (match) => match.authors,
  year: (match) => [yearOf(match)].filter(Boolean),
}
const FACETS = Object.keys(VALUES) as FacetName[]

/** Slugs in the address to the ids the index keeps; an unknown slug matches nothing. */
async function filterIds(
  payload: Payload,
  request: SearchRequest,
): Promise<Partial<Record<FacetName, string>>> {
  const idFor = async (collection: 'topics' | 'authors', slug: string | undefined) => {
    if (!slug) return undefined
    const { docs } = await payload.find({
      collection,
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
      select: {},
      overrideAccess: false,
    })
    return docs[0] ? String(docs[0].id) : '-'
  }
  const { kind, year, topic, author } = request.filters
  return {
    kind,
    year: year === undefined ? undefined : String(year),
    topic: await idFor('topics', topic),
    author: await idFor('authors', author),
  }
}

/** Values with their counts, most frequent first, the selected one kept. */
function countValues(matches: SearchMatch[], name: FacetName, selected?: string) {
  const counts = new Map<string, number>()
  for (const match of matches)
    for (const value of VALUES[name](match)) counts.set(value, (counts.get(value) ?? 0) + 1)
  const sorted = [...counts].sort((a, b) =>
    name === 'year' ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0]),
  )
  const shown = sorted.slice(0, FACET_VALUES)
  const chosen = sorted.find(([value]) => value === selected)
  if (chosen && !shown.includes(chosen)) shown.push(chosen)
  return shown
}

/** Names and slugs for the ids a facet shows (topics, authors), in the page's language. */
async function labels(
  payload: Payload,
  collection: 'topics' | 'authors',
  ids: string[],
  locale: Locale,
): Promise<Map<string, { label: string; value: string }>> {
  if (!ids.length) return new Map()
  const { docs } = await payload.find({
    collection,
    where: { id: { in: ids } },
    locale,
    limit: ids.length,
    pagination: false,
    depth: 0,
    select: { name: true, slug: true },
    overrideAccess: false,
  })
  return new Map(
    docs.flatMap((doc) =>
      doc.slug ? [[String(doc.id), { label: doc.name, value: doc.slug }]] : [],
    ),
  )
}

async function facetsOf(
  payload: Payload,
  matches: SearchMatch[],
  selected: Partial<Record<FacetName, string>>,
  request: SearchRequest,
  locale: Locale,
): Promise<Record<FacetName, Facet[]>> {
  // Each facet counts the matches that the other filters let through: its values are the choices
  // that would give results from here.
  const counted = Object.fromEntries(
    FACETS.map((name) => [
      name,
      countValues(
        matches.filter((match) => passes(match, selected, name)),
        name,
        selected[name],
      ),
    ]),
  ) as Record<FacetName, [string, number][]>
  const [topics, authors] = await Promise.all([
    labels(
      payload,
      'topics',
      counted.topic.map(([id]) => id),
      locale,
    ),
    labels(
      payload,
      'authors',
      counted.author.map(([id]) => id),
      locale,
    ),
  ])
  const named = (
    name: FacetName,
    lookup: ((id: string) => { label: string; value: string } | undefined) | null,
    filter: string | undefined,
  ): Facet[] =>
    counted[name].flatMap(([id, count]) => {
      const known = lookup ? lookup(id) : { label: id, value: id }
      return known ? [{ ...known, count, selected: known.value === filter }] : []
    })
  return {
    kind: named('kind', null, request.filters.kind),
    topic: named('topic', (id) => topics.get(id), request.filters.topic),
    author: named('author', (id) => authors.get(id), request.filters.author),
    year: named('year', null, request.filters.year?.toString()),
  }
}

/** Whether a match passes every filter but `except`. */
function passes(
  match: SearchMatch,
  selected: Partial<Record<FacetName, string>>,
  except?: FacetName,
): boolean {
  return FACETS.every((name) => {
    const wanted = selected[name]
    return name === except || wanted === undefined || VALUES[name](match).includes(wanted)
  })
}

const byRelevance = (a: SearchMatch, b: SearchMatch) =>
  b.rank - a.rank || (b.published ?? '').localeCompare(a.published ?? '')
const byDate = (a: SearchMatch, b: SearchMatch) =>
  (b.published ?? '').localeCompare(a.published ?? '') || b.rank - a.rank

async function loadCards(payload: Payload, ids: string[], locale: Locale) {
  if (!ids.length) return new Map<string, ArticleCard & { body?: unknown }>()
  const { docs } = await payload.find({
    collection: 'articles',
    locale,
    where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
    limit: ids.length,
    pagination: false,
    depth: 1,
    select: { ...cardSelect, body: true },
    populate: cardPopulate,
    overrideAccess: false,
  })
  return new Map(docs.map((doc) => [String(doc.id), doc as ArticleCard & { body?: unknown }]))
}

/** The best-ranked authors and topics for the query, shown above the articles. */
async function peopleAndTopics(payload: Payload, parts: QueryPart[], locale: Locale) {
  const [authorMatches, topicMatches] = await Promise.all([
    matchesOf(payload, 'author', parts, locale),
    matchesOf(payload, 'topic', parts, locale),
  ])
  const top = (list: SearchMatch[], count: number) =>
    list
      .sort(byRelevance)
      .slice(0, count)
      .map((match) => match.doc)
  const [authorIds, topicIds] = [top(authorMatches, PEOPLE_SHOWN), top(topicMatches, TOPICS_SHOWN)]
  const find = <C extends 'authors' | 'topics'>(collection: C, ids: string[]) =>
    ids.length
      ? payload.find({
          collection,
          where: { id: { in: ids } },
          locale,
          limit: ids.length,
          pagination: false,
          depth: 0,
          overrideAccess: false,
        })
      : Promise.resolve({ docs: [] })
  const [authors, topics] = await Promise.all([
    find('authors', authorIds),
    find('topics', topicIds),
  ])
  const inOrder = <D extends { id: unknown }>(ids: string[], docs: D[]) =>
    ids.flatMap((id) => docs.filter((doc) => String(doc.id) === id))
  return {
    people: inOrder(authorIds, authors.docs).flatMap((author) =>
      author.slug
        ? [
            {
              id: String(author.id),
              name: author.name,
              slug: author.slug,
              headline: author.headline,
            },
          ]
        : [],
    ),
    topics: inOrder(topicIds, topics.docs).flatMap((topic) =>
      topic.slug ? [{ id: String(topic.id), name: topic.name, slug: topic.slug }] : [],
    ),
  }
}

/** The search a request asks for, or null when the query holds no word to search. */
export async function searchSite(
  locale: Locale,
  request: SearchRequest,
): Promise<SearchResult | null> {
  const parts = parseQuery(request.q)
  if (!parts.length) return null
  return inTurn(() => runSearch(locale, request, parts))
}

async function runSearch(
  locale: Locale,
  request: SearchRequest,
  parts: QueryPart[],
): Promise<SearchResult> {
  const payload = await getPayloadClient()
  const [matches, selected, found] = await Promise.all([
    matchesOf(payload, 'article', parts, locale),
    filterIds(payload, request),
    peopleAndTopics(payload, parts, locale),
  ])
  const filtered = matches
    .filter((match) => passes(match, selected))
    .sort(request.sort === 'date' ? byDate : byRelevance)
  const totalPages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE))
  const page = Math.min(request.page, totalPages)
  const pageIds = filtered.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map(({ doc }) => doc)
  const matchesWord = wordMatcher(parts, languagesFor(locale))
  const [cards, facets] = await Promise.all([
    loadCards(payload, pageIds, locale),
    facetsOf(payload, matches, selected, request, locale),
  ])
  const results = pageIds.flatMap((id) => {
    const card = cards.get(id)
    if (!card) return []
    const { body, ...article } = card
    return [{ article, excerpt: excerptAround(lexicalToPlainText(body), matchesWord) }]
  })
  return {
    parts,
    matches: matchesWord,
    total: filtered.length,
    page,
    totalPages,
    results,
    facets,
    ...found,
  }
}

/** How many articles a query finds in `locale` (the no-results page's suggestions). */
export async function countMatches(locale: Locale, q: string): Promise<number> {
  const parts = parseQuery(q)
  if (!parts.length) return 0
  return inTurn(
    async () => (await matchesOf(await getPayloadClient(), 'article', parts, locale)).length,
  )
}
