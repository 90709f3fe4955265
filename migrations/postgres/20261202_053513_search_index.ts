import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The full-text index (src/lib/database/search/postgres.ts), outside Payload's schema: one
 * weighted tsvector per entry under a GIN index, beside the entries' filter columns.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
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
  // Filled by the later guest_authors migration: the indexer reads with today's access rules,
  // whose columns do not exist yet at this point of the history.
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE "search_entries";`)
}
