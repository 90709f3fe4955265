import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The full-text index (src/lib/database/search/sqlite.ts), outside Payload's schema: an FTS5 table
 * that keeps only the index (`scope` is the entry's type and language as one word), and the
 * entries' filter columns under the same rowid.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE search_entries (
    rowid INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    doc TEXT NOT NULL,
    lang TEXT NOT NULL,
    kind TEXT,
    published TEXT,
    topics TEXT NOT NULL DEFAULT '',
    authors TEXT NOT NULL DEFAULT ''
  )`)
  await db.run(sql`CREATE INDEX search_entries_doc_idx ON search_entries (type, doc)`)
  await db.run(sql`CREATE VIRTUAL TABLE search_text USING fts5(
    scope, title, standfirst, names, body, variants,
    content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
  )`)
  // Filled by the later guest_authors migration: the indexer reads with today's access rules,
  // whose columns do not exist yet at this point of the history.
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE search_text`)
  await db.run(sql`DROP TABLE search_entries`)
}
