import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`decision_email_subject\` text;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`decision_email_body\` text;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`send_decision_email\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`manuscript_guidelines_min_words\` numeric DEFAULT 1000 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`manuscript_guidelines_max_words\` numeric DEFAULT 2000 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`manuscript_guidelines_summary\` text DEFAULT 'Analytical articles, research notes, book reviews, commentaries and roundtables, as a Word file, with contact details, a one-paragraph bio and Chicago author-date citations.';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`send_decision_email\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`decision_email_subject\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`decision_email_body\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`manuscript_guidelines_min_words\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`manuscript_guidelines_max_words\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`manuscript_guidelines_summary\`;`)
}
