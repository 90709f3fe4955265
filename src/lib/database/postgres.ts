import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import {
  postgresAdapter,
  type PostgresAdapter,
  type PostgresAdapterArgs,
} from '@payloadcms/db-postgres'
import pg from 'pg'
import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import { index } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { Migration } from 'payload'

import { migrations as committedMigrations } from '../../../migrations/postgres'

import { createPrivateFile } from '../privateFiles'

import { LOCALE_TABLES_READ_BY_PARENT, type Engine } from './engine'
import { postgresSearch } from './search/postgres'

const run = promisify(execFile)

type SchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

/** See LOCALE_TABLES_READ_BY_PARENT: PostgreSQL's planner needs the index as much as SQLite's. */
const indexLocalizedRowsByParent: SchemaHook = ({ extendTable, schema }) => {
  for (const name of LOCALE_TABLES_READ_BY_PARENT) {
    extendTable({
      table: schema.tables[name],
      extraConfig: (table) => ({ parentIdx: index(`${name}_parent_id_idx`).on(table._parentID) }),
    })
  }
  return schema
}

/** Comma-separated read-only replica addresses; reads go there, writes and reads just after a write to the primary. */
export const replicaUris = (value = process.env.DATABASE_REPLICA_URIS) =>
  (value ?? '')
    .split(',')
    .map((uri) => uri.trim())
    .filter(Boolean)

/** The longest a query waits for a free connection of the pool. */
const POOL_WAIT_MS = 10_000
/** Connections of the bookkeeping pool (see `bookkeeping` below), per server process. */
const BOOKKEEPING_CONNECTIONS = 2
/**
 * The adapter's "session" through which bookkeeping writes run: Payload's adapter calls run on
 * `sessions[req.transactionID].db`, here a drizzle over a pool of its own, in autocommit.
 */
const BOOKKEEPING = 'thinktank-bookkeeping'

type Sessions = Record<
  string,
  { db: unknown; resolve: () => Promise<void>; reject: () => Promise<void> }
>
type BookkeepingSession = Sessions[string] & { pool: pg.Pool }

function bookkeepingSession(adapter: PostgresAdapter): BookkeepingSession {
  const sessions = adapter.sessions as unknown as Sessions
  const known = sessions[BOOKKEEPING] as BookkeepingSession | undefined
  if (known) return known
  const pool = new pg.Pool({ ...adapter.poolOptions, max: BOOKKEEPING_CONNECTIONS })
  // A dropped connection of this pool must not end the process; the next call opens another.
  pool.on('error', () => undefined)
  const session: BookkeepingSession = {
    db: drizzle({ client: pool, schema: adapter.schema }),
    pool,
    // Nothing to commit or roll back: each statement commits on its own.
    resolve: async () => undefined,
    reject: async () => undefined,
  }
  sessions[BOOKKEEPING] = session
  return session
}

/** The connection pool's size per server process (PostgreSQL's default limit is 100 connections in all). */
export function poolSize(value = process.env.DATABASE_POOL_MAX): number {
  const size = Number(value || 10)
  if (!Number.isInteger(size) || size < 1)
    throw new Error(
      `DATABASE_POOL_MAX must be a whole number of connections, 1 or more (got "${value}").`,
    )
  return size
}

/**
 * pg_dump and pg_restore must be at least as new as the server. Debian installs the server's own
 * under /usr/lib/postgresql/<version>/bin, which may be newer than the client on the PATH.
 */
function postgresTool(name: 'pg_dump' | 'pg_restore'): string {
  const root = '/usr/lib/postgresql'
  const versions = fs.existsSync(root)
    ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a))
    : []
  const installed = versions
    .map((version) => path.join(root, version, 'bin', name))
    .find((file) => fs.existsSync(file))
  return process.env.PG_BIN_DIR ? path.join(process.env.PG_BIN_DIR, name) : (installed ?? name)
}

/** The server's maintenance database beside `url`'s, and `url`'s database name. */
function maintenance(url: string): { name: string; url: string } {
  const target = new URL(url)
  const name = decodeURIComponent(target.pathname.slice(1))
  target.pathname = '/postgres'
  return { name, url: target.toString() }
}

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** The tables Payload made, in the schema of the connection (public unless the URL sets another). */
async function tableNames(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    'SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename',
  )
  return rows.map((row) => row.name)
}

// migrations/postgres/index.ts is typed for this adapter; Payload's generic type takes `unknown` args.
const migrations = committedMigrations as unknown as Migration[]

export const postgres: Engine = {
  name: 'postgres',
  search: postgresSearch,
  // The ledger is written outside the request's transaction (an attempt counts even when the
  // request fails). On the request pool, each form post would hold its transaction's connection
  // while waiting for a second one: a burst as large as the pool held every connection, each
  // waiting for another, and the server answered nothing (docs/reliability.md, section 11).
  bookkeeping: (payload) => {
    bookkeepingSession(payload.db as unknown as PostgresAdapter)
    return { transactionID: BOOKKEEPING }
  },
  adapter(url, migrationDir) {
    const replicas = replicaUris()
    return postgresAdapter({
      // A request that waits this long for a connection fails instead of waiting for ever: with every
      // connection held by a transaction that itself waits for a second one (the attempts ledger is
      // written outside the request's transaction, src/lib/limits/attempts.ts), a burst of form posts
      // wedged the whole server (docs/reliability.md). A failure releases its transaction's connection.
      pool: { connectionString: url, max: poolSize(), connectionTimeoutMillis: POOL_WAIT_MS },
      readReplicas: replicas.length ? replicas : undefined,
      // Opaque string ids, as MongoDB has. Version 7 uuids grow with time, so "newest first by id"
      // still holds where the site relies on it (search candidates).
      idType: 'uuidv7',
      afterSchemaInit: [indexLocalizedRowsByParent],
      migrationDir,
      push: false,
      prodMigrations: migrations,
    })
  },
  migrations: () => migrations,
  async backup(url, folder) {
    // pg_dump reads in one repeatable-read transaction: a consistent copy while the site writes. It
    // overwrites an existing file, keeping its mode: private, like the database.
    const file = 'cms.pgdump'
    createPrivateFile(path.join(folder, file))
    await run(postgresTool('pg_dump'), [
      '--format=custom',
      '--no-owner',
      '--no-privileges',
      `--file=${path.join(folder, file)}`,
      `--dbname=${url}`,
    ])
    return file
  },
  async close(payload) {
    // Payload's adapter checks one client out of the pool on connect and never releases it (it
    // listens there for a lost connection), so `pool.end()` alone would wait forever and a script
    // would never exit. Clients that are not idle are released as broken (closed), then the pool
    // ends. pg-pool keeps both lists private: `_clients` (all) and `_idle`.
    type PoolInternals = pg.Pool & {
      _clients?: pg.PoolClient[]
      _idle?: { client: pg.PoolClient }[]
    }
    const { pool } = payload.db as unknown as { pool?: PoolInternals }
    const sessions = (payload.db as unknown as PostgresAdapter).sessions as unknown as Sessions
    const bookkeeping = sessions?.[BOOKKEEPING] as BookkeepingSession | undefined
    if (bookkeeping) {
      delete sessions[BOOKKEEPING]
      await bookkeeping.pool.end()
    }
    await payload.destroy()
    if (!pool) return
    const clients = [...(pool._clients ?? [])]
    // Each connection is closed before close() returns, so dropping the database next (tests) finds
    // none left: a connection still closing would get the server's termination as an unhandled error.
    const closed = clients.map(
      (client) =>
        new Promise<void>((resolve) => {
          client.on('error', () => undefined)
          client.once('end', () => resolve())
          setTimeout(resolve, 2_000).unref()
        }),
    )
    const idle = new Set((pool._idle ?? []).map((item) => item.client))
    for (const client of clients) if (!idle.has(client)) client.release(true)
    await pool.end()
    await Promise.all(closed)
  },
  async discard(payload, url) {
    await postgres.close(payload)
    await postgres.drop(url)
  },
  async drop(url) {
    // A database cannot be dropped from a connection to itself.
    const { name, url: server } = maintenance(url)
    await withClient(server, (client) =>
      client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`),
    )
  },
  rows: (url) =>
    withClient(url, async (client) => {
      const rows: Record<string, string[]> = {}
      for (const name of await tableNames(client)) {
        rows[name] = (await client.query(`SELECT * FROM ${quoteIdentifier(name)}`)).rows
          .map((row) => JSON.stringify(row))
          .sort()
      }
      return rows
    }),
  integrity: (url) =>
    // amcheck (shipped with PostgreSQL, allowed on most managed services) verifies every B-tree
    // index against its table's rows; heap corruption shows as errors reading them.
    withClient(url, async (client) => {
      try {
        await client.query('CREATE EXTENSION IF NOT EXISTS amcheck')
      } catch (error) {
        return `ok (indexes not checked: ${(error as Error).message})`
      }
      const { rows } = await client.query<{ name: string }>(
        `SELECT c.relname AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
         JOIN pg_namespace n ON n.oid = c.relnamespace WHERE a.amname = 'btree' AND n.nspname = current_schema()`,
      )
      const problems: string[] = []
      for (const { name } of rows) {
        await client
          .query('SELECT bt_index_check($1::regclass, true)', [quoteIdentifier(name)])
          .catch((error: Error) => problems.push(`${name}: ${error.message}`))
      }
      for (const name of await tableNames(client)) {
        await client
          .query(`SELECT count(*) FROM ${quoteIdentifier(name)}`)
          .catch((error: Error) => problems.push(`${name}: ${error.message}`))
      }
      return problems.length ? problems.join('; ') : 'ok'
    }),
  async ping(payload) {
    // The primary's pool: the one writes need, and the one a restore replaces.
    await (payload.db as unknown as PostgresAdapter).pool.query('SELECT 1')
  },
  async restore(url, file) {
    const { name, url: server } = maintenance(url)
    await withClient(server, async (client) => {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
        name,
      ])
      if (!rowCount) await client.query(`CREATE DATABASE ${quoteIdentifier(name)}`)
    })
    // --clean --if-exists drops what the dump re-creates, so a restore over a used database ends
    // with exactly the snapshot's rows; one transaction, so a failed restore changes nothing.
    await run(postgresTool('pg_restore'), [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      '--exit-on-error',
      `--dbname=${url}`,
      file,
    ])
  },
}
