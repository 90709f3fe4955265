/**
 * SQLite's full-text index: FTS5 (built into libSQL), ranked by bm25 with the columns weighted.
 * `search_text` is contentless (it keeps only the index, not a second copy of every body);
 * `search_entries` holds what results are filtered and sorted by, under the same rowid. Tables
 * made by migrations/sqlite/…_search_index.ts.
 */
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { InValue } from '@libsql/client'
import type { Payload } from 'payload'

import type { SearchIndex, SearchTerms } from '../engine'

import { entryColumns, toMatch } from './shared'

/** bm25's weights of scope, title, standfirst, author names, body and other spellings. */
const WEIGHTS = '0.0, 10.0, 5.0, 4.0, 1.0, 1.0'
const TEXT_COLUMNS = '{title standfirst names body variants}'

/**
 * The entry's type and language as one word of its own column, so that FTS5 itself finds only
 * the entries of one type and language: filtered after the match, a search for authors would
 * first rank every article that has the word.
 */
const scope = (type: string, lang: string) => `${type}${lang}`

const clientOf = (payload: Payload) => (payload.db as unknown as SQLiteAdapter).client

/** FTS5's query syntax: quoted terms (they are letters and digits only), `*` for a prefix, all required. */
export const ftsQuery = (type: string, lang: string, parts: SearchTerms[]): string =>
  `scope : "${scope(type, lang)}" AND ${TEXT_COLUMNS} : (${parts
    .map(({ terms, prefix }) => `"${terms.join(' ')}"${prefix ? '*' : ''}`)
    .join(' AND ')})`

// No transaction: this adapter runs without them (sqlite.ts). An entry is written after its
// document; a failure between the statements leaves one document's entries for `npm run search:reindex`.
export const sqliteSearch: SearchIndex = {
  async replace(payload, _req, type, doc, entries) {
    const client = clientOf(payload)
    await client.execute({
      sql: 'DELETE FROM search_text WHERE rowid IN (SELECT rowid FROM search_entries WHERE type = ? AND doc = ?)',
      args: [type, doc],
    })
    await client.execute({
      sql: 'DELETE FROM search_entries WHERE type = ? AND doc = ?',
      args: [type, doc],
    })
    for (const entry of entries) {
      const { rows } = await client.execute({
        sql: 'INSERT INTO search_entries (type, doc, lang, kind, published, topics, authors) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING rowid',
        args: [type, doc, ...entryColumns(entry)] as InValue[],
      })
      await client.execute({
        sql: 'INSERT INTO search_text (rowid, scope, title, standfirst, names, body, variants) VALUES (?, ?, ?, ?, ?, ?, ?)',
        args: [
          rows[0].rowid,
          scope(type, entry.lang),
          entry.title,
          entry.standfirst,
          entry.names,
          entry.body,
          entry.variants,
        ] as InValue[],
      })
    }
  },
  async documents(payload, _req, type) {
    const { rows } = await clientOf(payload).execute({
      sql: 'SELECT DISTINCT doc FROM search_entries WHERE type = ?',
      args: [type],
    })
    return rows.map((row) => String(row.doc))
  },
  async match(payload, type, clauses) {
    if (!clauses.length) return []
    // The full-text match first, then its entries by rowid: joined the other way round, SQLite
    // walks every entry of the type and asks FTS5 about each (seconds at 10,000 articles). The
    // matches come back as one JSON value: libSQL builds a JavaScript object per row and column,
    // which cost more than the search itself for thousands of matches.
    // MATERIALIZED: folded into the outer aggregate, bm25 would lose the MATCH it belongs to.
    const matched = clauses.map(
      (_, n) =>
        `m${n} AS MATERIALIZED (SELECT rowid, -bm25(search_text, ${WEIGHTS}) AS rank FROM search_text WHERE search_text MATCH ?)`,
    )
    const entries = clauses.map(
      (
        _,
        n,
      ) => `SELECT json_array(e.doc, e.lang, e.kind, e.published, e.topics, e.authors, m${n}.rank) AS match
        FROM m${n} CROSS JOIN search_entries AS e ON e.rowid = m${n}.rowid`,
    )
    const { rows } = await clientOf(payload).execute({
      sql: `WITH ${matched.join(', ')} SELECT json_group_array(json(match)) AS matches FROM (${entries.join(' UNION ALL ')})`,
      args: clauses.map((clause) => ftsQuery(type, clause.lang, clause.parts)),
    })
    const matches = JSON.parse(String(rows[0]?.matches ?? '[]')) as unknown[][]
    return matches.map(([doc, lang, kind, published, topics, authors, rank]) =>
      toMatch({ doc, lang, kind, published, topics, authors, rank }),
    )
  },
}
