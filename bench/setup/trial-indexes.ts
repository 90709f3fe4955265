/**
 * Creates (or drops) the indexes that bench/ANALYSIS.md recommends, on the bench's own temporary
 * database: the run uses them to build its synthetic corpus quickly, drops them to measure the
 * schema as it is, and creates them again to show their effect. Never a migration: the schema of
 * real databases changes only through migrations/ (the recommendation says how).
 *
 *   DATABASE_URI=… node --import tsx bench/setup/trial-indexes.ts create|drop done.sql
 */
import fs from 'node:fs'

import { withPayload } from './payloadScript'

/**
 * Payload reads a document's localized fields with a subquery on `<table>_locales._parent_id`;
 * SQLite only has the unique (`_locale`, `_parent_id`) index there, so it scans the whole table
 * once per document read (EXPLAIN QUERY PLAN: "SCAN" in the correlated subquery).
 */
const TRIAL_INDEXES = [
  { name: 'articles_locales_parent_id_idx', table: 'articles_locales' },
  { name: '_articles_v_locales_parent_id_idx', table: '_articles_v_locales' },
]

withPayload('bench-trial-indexes', async (payload) => {
  const [action, doneFile] = process.argv.slice(2)
  if ((action !== 'create' && action !== 'drop') || !doneFile) throw new Error('Usage: trial-indexes.ts create|drop <done file>')
  const statements = TRIAL_INDEXES.map(({ name, table }) =>
    action === 'create' ? `CREATE INDEX IF NOT EXISTS \`${name}\` ON \`${table}\` (\`_parent_id\`)` : `DROP INDEX IF EXISTS \`${name}\``,
  )
  const { sql } = await import('@payloadcms/db-sqlite')
  const db = payload.db as unknown as { drizzle: { run: (query: ReturnType<typeof sql.raw>) => Promise<unknown> } }
  for (const statement of statements) await db.drizzle.run(sql.raw(statement))
  fs.writeFileSync(doneFile, statements.join('\n'))
})
