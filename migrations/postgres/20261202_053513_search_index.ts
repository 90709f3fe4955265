import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The full-text index (src/lib/database/search/postgres.ts), outside Payload's schema: one
 * weighted tsvector per entry under a GIN index, beside the entries' filter columns. Then filled
 * from the content already published, in the migration's transaction.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE TABLE "search_entries" (
      "id" bigserial PRIMARY KEY,
      "type" varchar NOT NULL,
      "doc" varchar NOT NULL,
      "lang" varchar NOT NULL,
      "kind" varchar,
      "published" timestamp(3) with time zone,
      "topics" varchar NOT NULL DEFAULT '',
      "authors" varchar NOT NULL DEFAULT '',
      "document" tsvector NOT NULL
    );
    CREATE INDEX "search_entries_doc_idx" ON "search_entries" ("type", "doc");
    CREATE INDEX "search_entries_document_idx" ON "search_entries" USING gin ("document");`)
  // Loaded here, not at the top: the indexer reaches the database seam, which imports this file.
  const { rebuildSearchIndex } = await import('../../src/lib/search/indexer')
  await rebuildSearchIndex(payload, req)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE "search_entries";`)
}
