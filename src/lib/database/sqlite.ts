import fs from 'node:fs'
import path from 'node:path'

import { createClient, type Client, type Config } from '@libsql/client'
import { sqliteAdapter, type SQLiteAdapter, type SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { Migration } from 'payload'

import { migrations as committedMigrations } from '../../../migrations/sqlite'

import { createPrivateFile, makePrivateFolder, PRIVATE_FILE_MODE } from '../privateFiles'

import { LOCALE_TABLES_READ_BY_PARENT, type Engine } from './engine'
import { sqliteSearch } from './search/sqlite'

/** The file path of a `file:` URI (libSQL's form). */
const filePath = (url: string) => path.resolve(url.slice('file:'.length))

/**
 * libSQL will not create the folder of a new database file, so make it before connecting; and the
 * file itself, so that it is private (0600) from its first byte: created by SQLite it would get the
 * umask's mode (readable by every local user), and its -wal and -shm files with it.
 */
function ensureDatabaseFile(url: string): void {
  if (url === 'file::memory:') return
  makePrivateFolder(path.dirname(filePath(url)))
  createPrivateFile(filePath(url))
}

/** See LOCALE_TABLES_READ_BY_PARENT. */
const indexLocalizedRowsByParent: SQLiteSchemaHook = ({ extendTable, schema }) => {
  for (const name of LOCALE_TABLES_READ_BY_PARENT) {
    extendTable({
      table: schema.tables[name],
      extraConfig: (table) => ({ parentIdx: index(`${name}_parent_id_idx`).on(table._parentID) }),
    })
  }
  return schema
}

// migrations/sqlite/index.ts is typed for this adapter; Payload's generic type takes `unknown` args.
const migrations = committedMigrations as unknown as Migration[]

/** The full-text index's own tables hold 64-bit block ids, past JavaScript's safe numbers. */
const BIG_INTEGERS_AS_TEXT = { intMode: 'string' } as const

async function withClient<T>(
  url: string,
  work: (client: Client) => Promise<T>,
  options: Pick<Config, 'intMode'> = {},
): Promise<T> {
  const client = createClient({ url, ...options })
  try {
    return await work(client)
  } finally {
    client.close()
  }
}

export const sqlite: Engine = {
  name: 'sqlite',
  search: sqliteSearch,
  // One file, no pool: a write waits for the lock (busyTimeout), never for a connection.
  bookkeeping: () => undefined,
  adapter(url, migrationDir) {
    ensureDatabaseFile(url)
    return sqliteAdapter({
      client: { url },
      // WAL: readers (pages, `npm run backup`'s VACUUM INTO) never wait for a writer, nor it for
      // them. synchronous=FULL syncs the log on every commit, so an acknowledged write survives a
      // power cut, not only a killed process (docs/reliability.md, section 5).
      wal: { synchronous: 'FULL' },
      // Concurrent writers wait up to 5 s for the lock instead of failing at once with SQLITE_BUSY.
      busyTimeout: 5_000,
      // No transactions (the adapter's default), on purpose: with them, concurrent writers fail with
      // SQLITE_BUSY and some writes Payload reports as saved are lost (libSQL 0.14 hands each
      // transaction its connection and opens fresh ones without the busy timeout; measured by
      // bench/sqlite-transactions.ts, docs/reliability.md "Transactions, per engine").
      afterSchemaInit: [indexLocalizedRowsByParent],
      migrationDir,
      // The schema comes only from committed migrations, in development too, so what runs in
      // production is exactly what was tested.
      push: false,
      prodMigrations: migrations,
    })
  },
  migrations: () => migrations,
  async backup(url, folder) {
    // VACUUM INTO reads inside one transaction: a consistent copy while the site keeps writing. It
    // writes into an empty file as it finds it, so the copy is private like the database.
    const file = 'cms.db'
    createPrivateFile(path.join(folder, file))
    await withClient(`file:${filePath(url)}`, (client) =>
      client.execute({ sql: 'VACUUM INTO ?', args: [path.join(folder, file)] }),
    )
    return file
  },
  close: (payload) => payload.destroy(),
  async discard(payload, url) {
    await sqlite.close(payload)
    await sqlite.drop(url)
  },
  async drop(url) {
    for (const suffix of ['', '-wal', '-shm', '-journal'])
      fs.rmSync(`${filePath(url)}${suffix}`, { force: true })
  },
  rows: (url) =>
    withClient(
      `file:${filePath(url)}`,
      async (client) => {
        const tables = await client.execute(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        const rows: Record<string, string[]> = {}
        for (const { name } of tables.rows) {
          rows[String(name)] = (await client.execute(`SELECT * FROM "${String(name)}"`)).rows
            .map((row) => JSON.stringify(row))
            .sort()
        }
        return rows
      },
      BIG_INTEGERS_AS_TEXT,
    ),
  integrity: (url) =>
    withClient(`file:${filePath(url)}`, async (client) =>
      (await client.execute('PRAGMA integrity_check')).rows
        .map((row) => String(Object.values(row)[0]))
        .join('; '),
    ),
  async ping(payload) {
    await (payload.db as unknown as SQLiteAdapter).client.execute('SELECT 1')
  },
  async restore(url, file) {
    const database = filePath(url)
    makePrivateFolder(path.dirname(database))
    // A stale write-ahead log next to the restored file would be replayed into it.
    for (const suffix of ['-wal', '-shm', '-journal'])
      fs.rmSync(`${database}${suffix}`, { force: true })
    fs.copyFileSync(file, database)
    // A copy takes its source's mode, and a snapshot made before backups were private has 0644.
    fs.chmodSync(database, PRIVATE_FILE_MODE)
  },
}
