/**
 * Drops (or re-creates) the `_parent_id` indexes of migrations/sqlite/20261125_025651_locale_parent_indexes
 * on the bench's own temporary database, so one run shows the corpus queries without and with them
 * (bench/ANALYSIS.md). Real databases get them from the migration. SQLite only (it runs SQLite's SQL
 * through the SQLite adapter): bench/run.ts skips it, with a note in the results, on other engines.
 *
 *   DATABASE_URI=… node --conditions=development scripts/run-ts.mjs bench/setup/trial-indexes.ts create|drop done.sql
 */
import fs from 'node:fs'

import { engineOf } from '@/lib/database'

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
  if ((action !== 'create' && action !== 'drop') || !doneFile)
    throw new Error('Usage: trial-indexes.ts create|drop <done file>')
  if (engineOf(payload) !== 'sqlite')
    throw new Error(`trial-indexes.ts runs SQLite's SQL; this database is ${engineOf(payload)}`)
  const statements = TRIAL_INDEXES.map(({ name, table }) =>
    action === 'create'
      ? `CREATE INDEX IF NOT EXISTS \`${name}\` ON \`${table}\` (\`_parent_id\`)`
      : `DROP INDEX IF EXISTS \`${name}\``,
  )
  const { sql } = await import('@payloadcms/db-sqlite')
  const db = payload.db as unknown as {
    drizzle: { run: (query: ReturnType<typeof sql.raw>) => Promise<unknown> }
  }
  for (const statement of statements) await db.drizzle.run(sql.raw(statement))
  fs.writeFileSync(doneFile, statements.join('\n'))
})
