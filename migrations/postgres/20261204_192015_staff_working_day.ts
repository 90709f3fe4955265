import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The staff's working day (issue 22): who saved each version, staff replies, guest authors and the
 * stamp that makes them public, the decision e-mail as sent, the manuscript guidelines and the
 * submission terms. Then the stamp is set for every author a live article names, and the search
 * index is filled from what readers may see (the indexer reads with today's access rules, which
 * need these columns), in the migration's transaction.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "saved_by_id" uuid;
  ALTER TABLE "_articles_v" ADD COLUMN "version_saved_by_id" uuid;
  ALTER TABLE "authors" ADD COLUMN "guest" boolean DEFAULT false;
  ALTER TABLE "authors" ADD COLUMN "has_published_article" boolean DEFAULT false;
  ALTER TABLE "comments" ADD COLUMN "staff_author_id" uuid;
  ALTER TABLE "submissions" ADD COLUMN "decision_email_subject" varchar;
  ALTER TABLE "submissions" ADD COLUMN "decision_email_body" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "manuscript_guidelines_min_words" numeric DEFAULT 1000 NOT NULL;
  ALTER TABLE "site_settings" ADD COLUMN "manuscript_guidelines_max_words" numeric DEFAULT 2000 NOT NULL;
  ALTER TABLE "site_settings_locales" ADD COLUMN "submission_terms" varchar;
  ALTER TABLE "site_settings_locales" ADD COLUMN "manuscript_guidelines_summary" varchar DEFAULT 'Analytical articles, research notes, book reviews, commentaries and roundtables, as a Word file, with contact details, a one-paragraph bio and Chicago author-date citations.';
  ALTER TABLE "articles" ADD CONSTRAINT "articles_saved_by_id_users_id_fk" FOREIGN KEY ("saved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_saved_by_id_users_id_fk" FOREIGN KEY ("version_saved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_staff_author_id_users_id_fk" FOREIGN KEY ("staff_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "articles_saved_by_idx" ON "articles" USING btree ("saved_by_id");
  CREATE INDEX "_articles_v_version_version_saved_by_idx" ON "_articles_v" USING btree ("version_saved_by_id");
  CREATE INDEX "comments_staff_author_idx" ON "comments" USING btree ("staff_author_id");
  ALTER TABLE "submissions" DROP COLUMN "send_decision_email";`)
  await db.execute(sql`
    UPDATE "authors" SET "has_published_article" = true WHERE "id" IN (
      SELECT "rels"."authors_id" FROM "articles_rels" "rels"
      JOIN "articles" ON "articles"."id" = "rels"."parent_id"
      WHERE "rels"."path" = 'authors' AND "articles"."_status" = 'published'
    );`)
  // Loaded here, not at the top: the indexer reaches the database seam, which imports this file.
  const { rebuildSearchIndex } = await import('../../src/lib/search/indexer')
  await rebuildSearchIndex(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DROP CONSTRAINT "articles_saved_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_saved_by_id_users_id_fk";
  
  ALTER TABLE "comments" DROP CONSTRAINT "comments_staff_author_id_users_id_fk";
  
  DROP INDEX "articles_saved_by_idx";
  DROP INDEX "_articles_v_version_version_saved_by_idx";
  DROP INDEX "comments_staff_author_idx";
  ALTER TABLE "submissions" ADD COLUMN "send_decision_email" boolean DEFAULT true;
  ALTER TABLE "articles" DROP COLUMN "saved_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_saved_by_id";
  ALTER TABLE "authors" DROP COLUMN "guest";
  ALTER TABLE "authors" DROP COLUMN "has_published_article";
  ALTER TABLE "comments" DROP COLUMN "staff_author_id";
  ALTER TABLE "submissions" DROP COLUMN "decision_email_subject";
  ALTER TABLE "submissions" DROP COLUMN "decision_email_body";
  ALTER TABLE "site_settings" DROP COLUMN "manuscript_guidelines_min_words";
  ALTER TABLE "site_settings" DROP COLUMN "manuscript_guidelines_max_words";
  ALTER TABLE "site_settings_locales" DROP COLUMN "submission_terms";
  ALTER TABLE "site_settings_locales" DROP COLUMN "manuscript_guidelines_summary";`)
}
