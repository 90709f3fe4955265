import type { DatabaseAdapterObj, Migration, Payload, PayloadRequest } from 'payload'

export type EngineName = 'sqlite' | 'postgres' | 'mongodb'

/** What a value in a query must look like for the engine to compare it without failing. */
export type ValueKind = 'id' | 'number'

/**
 * Everything one database engine does differently, behind one shape. Only this folder imports
 * an engine's adapter or driver, writes SQL or knows what an id looks like; the rest of the code
 * treats ids as opaque strings (they are numbers on SQLite, uuids on PostgreSQL, ObjectIds on
 * MongoDB). What a query value must look like per engine is in queries.ts.
 */
export type Engine = {
  name: EngineName
  /** `migrationDir` is migrations/<name>: where `npm run migrate:create` writes for this engine. */
  adapter: (url: string, migrationDir: string) => DatabaseAdapterObj
  /** The committed migrations of this engine, applied on start (production) and by tests and the seed. */
  migrations: () => Migration[]
  /** Writes a consistent copy of the live database into `folder`; returns the file name it wrote. */
  backup: (url: string, folder: string) => Promise<string>
  /** Stops `payload` and closes its connections, so a script can end (Payload's destroy leaves pools open). */
  close: (payload: Payload) => Promise<void>
  /** Deletes a database no process has open: throw-away databases only (tests, benchmarks). */
  drop: (url: string) => Promise<void>
  /** `close`, then `drop` the database `payload` ran on: the end of a test file. */
  discard: (payload: Payload, url: string) => Promise<void>
  /**
   * Every row of every table as JSON, sorted: to compare a restored database with what was
   * backed up (tests, `npm run reliability:*`). Reads beside a running site.
   */
  rows: (url: string) => Promise<Record<string, string[]>>
  /** The engine's own consistency check of the stored data and indexes: 'ok', or what is wrong. */
  integrity: (url: string) => Promise<string>
  /** The cheapest round trip to the server (or file) `payload` is connected to: rejects when it does not answer. */
  ping: (payload: Payload) => Promise<void>
  /** Replaces the database's contents with `file` (written by `backup`). The site must be stopped. */
  restore: (url: string, file: string) => Promise<void>
  /** The full-text index the site's search reads (src/lib/search). */
  search: SearchIndex
  /**
   * What the server's own bookkeeping (the attempts ledger) passes as `req` to `payload.db` calls
   * so that they commit at once and never wait for the pool that requests' transactions hold;
   * undefined where nothing is needed.
   */
  bookkeeping: (payload: Payload) => Partial<PayloadRequest> | undefined
}

/**
 * The `*_locales` tables whose rows every article read looks up by parent. Payload's SQL adapters
 * read an article's translated fields with a subquery on `<table>._parent_id` but index that column
 * only second, after `_locale`: without an index of its own every read scans the table
 * (bench/ANALYSIS.md). Each SQL engine declares the index on its schema (sqlite.ts, postgres.ts), so
 * `migrate:create` writes it into the migrations.
 */
export const LOCALE_TABLES_READ_BY_PARENT = ['articles_locales', '_articles_v_locales']

/** What the site searches: each kind of document has its own entries in the one index. */
export type SearchType = 'article' | 'author' | 'topic'

/**
 * One document's text in one language, as index terms (src/lib/search/analyze.ts: every engine
 * stores terms made there, so every engine matches alike), with what results are filtered and
 * sorted by. Ids of topics and authors are opaque strings.
 */
export type SearchEntry = {
  lang: string
  kind?: string | null
  published?: string | null
  topics: string[]
  authors: string[]
  /** Weighted in this order: a match in the title counts most, in the body least. */
  title: string
  standfirst: string
  names: string
  body: string
  /** Other spellings of the words (search/analyze.ts), weighted like the body. */
  variants: string
}

/** One thing that must match: a term, the terms of a phrase in a row, or (prefix) a word's beginning. */
export type SearchTerms = { terms: string[]; prefix: boolean }

/** Entries in `lang` that hold every part, for one query; a search unites several (a language and English). */
export type SearchClause = { lang: string; parts: SearchTerms[] }

export type SearchMatch = {
  doc: string
  lang: string
  kind: string | null
  published: string | null
  topics: string[]
  authors: string[]
  /** Higher is better; comparable within one search only. */
  rank: number
}

/** The full-text index, native to each engine; the tables come from each engine's migrations. */
export type SearchIndex = {
  /** Puts `entries` in place of what the index held for the document (none: it leaves the index). */
  replace: (
    payload: Payload,
    req: Partial<PayloadRequest> | undefined,
    type: SearchType,
    doc: string,
    entries: SearchEntry[],
  ) => Promise<void>
  /** The documents of `type` the index holds entries for. */
  documents: (
    payload: Payload,
    req: Partial<PayloadRequest> | undefined,
    type: SearchType,
  ) => Promise<string[]>
  /** Every entry of `type` matching one of the clauses, unranked order. */
  match: (payload: Payload, type: SearchType, clauses: SearchClause[]) => Promise<SearchMatch[]>
}
