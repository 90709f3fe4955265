import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * `/about` becomes a page (issue 19): the About text of Site settings, in each language it has, is
 * copied into an About page, before the next migration drops the setting. Read with SQL because
 * the setting is no longer in the configuration.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  const { rows } = await db.execute<{ _locale: string; about: unknown }>(
    sql`SELECT _locale, about FROM site_settings_locales WHERE about IS NOT NULL`,
  )
  const text = Object.fromEntries(rows.map((row) => [row._locale, row.about]))
  // Loaded here, not at the top: the Pages collection reaches the database seam, which imports this file.
  const { createAboutPage } = await import('../../src/collections/Pages/aboutPage')
  await createAboutPage(payload, req, text)
}

export async function down(_: MigrateDownArgs): Promise<void> {
  // The page stays: it is content now, and the setting's column still holds the text until the next migration.
}
