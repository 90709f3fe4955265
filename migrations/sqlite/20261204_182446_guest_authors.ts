import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Guest authors and the stamp that makes them public (collections/Authors): the stamp is set for
 * every author a live article names, then the search index is filled from what readers may see.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`authors\` ADD \`guest\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`authors\` ADD \`has_published_article\` integer DEFAULT false;`)
  await db.run(sql`UPDATE \`authors\` SET \`has_published_article\` = true WHERE \`id\` IN (
    SELECT \`rels\`.\`authors_id\` FROM \`articles_rels\` \`rels\`
    JOIN \`articles\` ON \`articles\`.\`id\` = \`rels\`.\`parent_id\`
    WHERE \`rels\`.\`path\` = 'authors' AND \`articles\`.\`_status\` = 'published'
  );`)
  // Loaded here, not at the top: the indexer reaches the database seam, which imports this file.
  const { rebuildSearchIndex } = await import('../../src/lib/search/indexer')
  await rebuildSearchIndex(payload, req)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`authors\` DROP COLUMN \`guest\`;`)
  await db.run(sql`ALTER TABLE \`authors\` DROP COLUMN \`has_published_article\`;`)
}
