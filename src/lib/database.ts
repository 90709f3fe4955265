import fs from 'node:fs'
import path from 'node:path'

import type { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { indexLocalizedRowsByParent } from './localeIndexes'

export const DEFAULT_DATABASE_URI = 'file:./data/cms.db'

type SqliteMigrations = Parameters<typeof sqliteAdapter>[0]['prodMigrations']

export type DatabaseTarget = { engine: 'sqlite'; url: string } | { engine: 'mongodb'; url: string }

/**
 * One variable picks the engine. Anything we do not recognise is refused at start-up rather than
 * guessed at, so a typo never silently creates an empty SQLite database next to the real one.
 */
export function parseDatabaseUri(uri: string | undefined): DatabaseTarget {
  const value = uri?.trim() || DEFAULT_DATABASE_URI
  if (value.startsWith('file:') && value.length > 'file:'.length) return { engine: 'sqlite', url: value }
  if (value.startsWith('mongodb://') || value.startsWith('mongodb+srv://')) {
    return { engine: 'mongodb', url: value }
  }
  throw new Error(
    `DATABASE_URI "${redactCredentials(value)}" is not supported. Use file:./path/to/db.sqlite (SQLite, the default), ` +
      'mongodb://host/db or mongodb+srv://cluster/db (MongoDB).',
  )
}

function redactCredentials(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//***@')
}

/** libSQL will not create the folder of a new database file, so make it before connecting. */
function ensureSqliteFolder(url: string): void {
  const filePath = url.slice('file:'.length)
  if (filePath === ':memory:') return
  fs.mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true })
}

/**
 * Only the chosen engine's adapter is loaded: the other one's driver (mongoose, libSQL) would add
 * to every cold start for nothing (~0.2 s for mongoose, bench/ANALYSIS.md).
 */
export async function databaseAdapter(
  uri: string | undefined,
  options: { migrationDir: string; sqliteMigrations: SqliteMigrations },
): Promise<DatabaseAdapterObj> {
  const target = parseDatabaseUri(uri)
  if (target.engine === 'mongodb') {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
    // MongoDB needs no schema migrations; an empty folder keeps `payload migrate` a no-op there.
    return mongooseAdapter({ url: target.url, migrationDir: path.join(options.migrationDir, 'mongodb') })
  }
  ensureSqliteFolder(target.url)
  const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
  return sqliteAdapter({
    client: { url: target.url },
    // WAL: readers (pages, `npm run backup`'s VACUUM INTO) never wait for a writer, nor it for
    // them. synchronous=FULL syncs the log on every commit, so an acknowledged write survives a
    // power cut, not only a killed process (NORMAL would); writes here are few, the fsync is cheap.
    // FULL is also SQLite's default, which matters should transactions ever be enabled: the pragma
    // reaches only the adapter's first connection, and libSQL opens a new one per transaction.
    // docs/reliability.md (section 5) has more.
    wal: { synchronous: 'FULL' },
    // Concurrent writers wait up to 5 s for the lock instead of failing at once with SQLITE_BUSY.
    busyTimeout: 5_000,
    afterSchemaInit: [indexLocalizedRowsByParent],
    migrationDir: options.migrationDir,
    // The schema comes only from committed migrations, in development too, so what runs in
    // production is exactly what was tested.
    push: false,
    prodMigrations: options.sqliteMigrations,
  })
}
