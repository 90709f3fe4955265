/**
 * PostgreSQL's full-text index: one `tsvector` per entry, its parts weighted A (title) to D
 * (body), under a GIN index; ranked by ts_rank. The terms are made by src/lib/search/analyze.ts, so
 * the `simple` configuration only splits them (it stems nothing, drops nothing). Table made by
 * migrations/postgres/…_search_index.ts.
 */
import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import type { SearchIndex, SearchTerms } from '../engine'

import { entryColumns, toMatch } from './shared'

/** ts_rank's weights of D (body and other spellings), C (author names), B (standfirst), A (title). */
const WEIGHTS = '{0.1, 0.4, 0.5, 1.0}'

type Executor = { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: unknown[] }> }

/** The request's transaction, so that an entry commits or rolls back with its document. */
async function executor(payload: Payload, req?: Partial<PayloadRequest>): Promise<Executor> {
  const adapter = payload.db as unknown as PostgresAdapter
  const id = req?.transactionID ? await req.transactionID : undefined
  return (id !== undefined && adapter.sessions[id]?.db) || adapter.drizzle
}

/** tsquery syntax: quoted terms (letters and digits only), `<->` between a phrase's, `:*` for a prefix. */
export const tsQuery = (parts: SearchTerms[]): string =>
  parts
    .map(({ terms, prefix }) => {
      const phrase = terms.map((term) => `'${term}'`).join(' <-> ')
      return terms.length > 1 ? `(${phrase})` : `${phrase}${prefix ? ':*' : ''}`
    })
    .join(' & ')

export const postgresSearch: SearchIndex = {
  async replace(payload, req, type, doc, entries) {
    const db = await executor(payload, req)
    await db.execute(sql`DELETE FROM search_entries WHERE type = ${type} AND doc = ${doc}`)
    if (!entries.length) return
    const rows = entries.map((entry) => {
      const [lang, kind, published, topics, authors] = entryColumns(entry)
      return sql`(${type}, ${doc}, ${lang}, ${kind}, ${published}, ${topics}, ${authors},
        setweight(to_tsvector('simple', ${entry.title}), 'A') ||
        setweight(to_tsvector('simple', ${entry.standfirst}), 'B') ||
        setweight(to_tsvector('simple', ${entry.names}), 'C') ||
        setweight(to_tsvector('simple', ${entry.body}), 'D') ||
        setweight(to_tsvector('simple', ${entry.variants}), 'D'))`
    })
    await db.execute(
      sql`INSERT INTO search_entries (type, doc, lang, kind, published, topics, authors, document) VALUES ${sql.join(rows, sql`, `)}`,
    )
  },
  async documents(payload, req, type) {
    const { rows } = await (
      await executor(payload, req)
    ).execute(sql`SELECT DISTINCT doc FROM search_entries WHERE type = ${type}`)
    return rows.map((row) => String((row as { doc: unknown }).doc))
  },
  async match(payload, type, clauses) {
    if (!clauses.length) return []
    // Published as the ISO text SQLite and JavaScript write; all matches in one JSON value, so the
    // driver parses one row instead of thousands.
    const selects = clauses.map(
      (clause) => sql`SELECT json_build_array(doc, lang, kind,
          to_char(published AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), topics, authors,
          ts_rank(${WEIGHTS}::float4[], document, query)) AS match
        FROM search_entries, to_tsquery('simple', ${tsQuery(clause.parts)}) AS query
        WHERE type = ${type} AND lang = ${clause.lang} AND document @@ query`,
    )
    const { rows } = await (
      await executor(payload)
    ).execute(
      sql`SELECT coalesce(json_agg(match), '[]') AS matches FROM (${sql.join(selects, sql` UNION ALL `)}) AS found`,
    )
    const matches = ((rows[0] as { matches?: unknown[][] } | undefined)?.matches ??
      []) as unknown[][]
    return matches.map(([doc, lang, kind, published, topics, authors, rank]) =>
      toMatch({ doc, lang, kind, published, topics, authors, rank }),
    )
  },
}
