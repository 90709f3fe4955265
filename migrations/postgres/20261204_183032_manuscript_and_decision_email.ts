import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "submissions" ADD COLUMN "decision_email_subject" varchar;
  ALTER TABLE "submissions" ADD COLUMN "decision_email_body" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "manuscript_guidelines_min_words" numeric DEFAULT 1000 NOT NULL;
  ALTER TABLE "site_settings" ADD COLUMN "manuscript_guidelines_max_words" numeric DEFAULT 2000 NOT NULL;
  ALTER TABLE "site_settings_locales" ADD COLUMN "manuscript_guidelines_summary" varchar DEFAULT 'Analytical articles, research notes, book reviews, commentaries and roundtables, as a Word file, with contact details, a one-paragraph bio and Chicago author-date citations.';
  ALTER TABLE "submissions" DROP COLUMN "send_decision_email";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "submissions" ADD COLUMN "send_decision_email" boolean DEFAULT true;
  ALTER TABLE "submissions" DROP COLUMN "decision_email_subject";
  ALTER TABLE "submissions" DROP COLUMN "decision_email_body";
  ALTER TABLE "site_settings" DROP COLUMN "manuscript_guidelines_min_words";
  ALTER TABLE "site_settings" DROP COLUMN "manuscript_guidelines_max_words";
  ALTER TABLE "site_settings_locales" DROP COLUMN "manuscript_guidelines_summary";`)
}
