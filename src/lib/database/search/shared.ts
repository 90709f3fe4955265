import type { SearchEntry, SearchMatch } from '../engine'

/** Ids of topics and authors, as one column: space-separated (ids hold no spaces on any engine). */
export const joinIds = (ids: string[]): string => ids.join(' ')
export const splitIds = (value: unknown): string[] =>
  typeof value === 'string' && value ? value.split(' ') : []

/** A stored row as a match, whatever the driver returned for each column. */
export function toMatch(row: Record<string, unknown>): SearchMatch {
  const published = row.published
  return {
    doc: String(row.doc),
    lang: String(row.lang),
    kind: row.kind == null ? null : String(row.kind),
    // Payload stores dates as ISO strings on SQLite; drivers of typed columns return Dates.
    published:
      published == null
        ? null
        : published instanceof Date
          ? published.toISOString()
          : String(published),
    topics: splitIds(row.topics),
    authors: splitIds(row.authors),
    rank: Number(row.rank),
  }
}

/** The columns every engine keeps beside the text, in the order of its INSERT. */
export const entryColumns = (entry: SearchEntry) => [
  entry.lang,
  entry.kind ?? null,
  entry.published ?? null,
  joinIds(entry.topics),
  joinIds(entry.authors),
]
