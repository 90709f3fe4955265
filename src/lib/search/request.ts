/**
 * A search as its address says: `?q=` and the filters, sort and page, all plain links and form
 * fields, so the whole search works without JavaScript. A value the site cannot mean is refused
 * by name (the page answers 400) rather than silently dropped.
 */
import { ARTICLE_KINDS } from '@/fields/options'

import { MAX_QUERY_LENGTH } from './query'

export type FacetName = 'kind' | 'topic' | 'author' | 'year'
export type SearchSort = 'relevance' | 'date'

/** One value of a facet: what the address carries (`value`), what readers read, how many results. */
export type Facet = { value: string; label: string; count: number; selected: boolean }

export type SearchRequest = {
  q: string
  /** Kind and year as stored; topic and author by slug, as in their own addresses. */
  filters: { kind?: string; topic?: string; author?: string; year?: number }
  sort: SearchSort
  page: number
}

export type SearchRequestError = { field: string }

const SLUG = /^[\p{Ll}\p{N}-]{1,120}$/u
const KINDS = new Set(ARTICLE_KINDS.map((kind) => kind.value))
const SORTS = new Set<SearchSort>(['relevance', 'date'])
/** The highest page number an address may ask for (far beyond any archive's last page). */
const MAX_PAGE = 10_000

export function readSearchRequest(
  params: URLSearchParams,
): { request: SearchRequest } | { error: SearchRequestError } {
  const get = (name: string) => params.get(name)?.trim() || undefined
  const q = get('q') ?? ''
  if (q.length > MAX_QUERY_LENGTH) return { error: { field: 'q' } }
  const kind = get('kind')
  if (kind !== undefined && !KINDS.has(kind)) return { error: { field: 'kind' } }
  const topic = get('topic')
  if (topic !== undefined && !SLUG.test(topic)) return { error: { field: 'topic' } }
  const author = get('author')
  if (author !== undefined && !SLUG.test(author)) return { error: { field: 'author' } }
  const yearText = get('year')
  if (yearText !== undefined && !/^(19|20|21)\d\d$/.test(yearText))
    return { error: { field: 'year' } }
  const sort = (get('sort') ?? 'relevance') as SearchSort
  if (!SORTS.has(sort)) return { error: { field: 'sort' } }
  const pageText = get('page') ?? '1'
  const page = Number(pageText)
  if (!/^\d+$/.test(pageText) || page < 1 || page > MAX_PAGE) return { error: { field: 'page' } }
  return {
    request: {
      q,
      filters: { kind, topic, author, year: yearText === undefined ? undefined : Number(yearText) },
      sort,
      page,
    },
  }
}

/** The address of this search with some of its parameters changed (undefined removes one); page 1 unless given. */
export function searchHref(
  basePath: string,
  request: SearchRequest,
  change: Partial<Record<FacetName | 'sort' | 'page' | 'q', string | undefined>> = {},
): string {
  const values: Record<string, string | undefined> = {
    q: request.q,
    kind: request.filters.kind,
    topic: request.filters.topic,
    author: request.filters.author,
    year: request.filters.year?.toString(),
    sort: request.sort === 'relevance' ? undefined : request.sort,
    ...change,
  }
  const search = new URLSearchParams()
  for (const [name, value] of Object.entries(values)) if (value) search.set(name, value)
  if (search.get('page') === '1') search.delete('page')
  const qs = search.toString()
  return qs ? `${basePath}?${qs}` : basePath
}
