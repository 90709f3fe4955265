/**
 * The one place that knows which database engine runs. DATABASE_URI picks it; everything above
 * this folder goes through Payload's APIs and treats ids as opaque strings.
 */
import path from 'node:path'

import type { DatabaseAdapterObj, Migration, Payload, PayloadRequest } from 'payload'

import type { Engine, EngineName, SearchIndex } from './engine'

export type {
  EngineName,
  SearchClause,
  SearchEntry,
  SearchMatch,
  SearchTerms,
  SearchType,
} from './engine'
export { inOpenTransaction, inTransaction } from './transactions'
export { acceptsConstraint, type Column } from './queries'

export const DEFAULT_DATABASE_URI = 'file:./data/cms.db'

export type DatabaseTarget = { engine: EngineName; url: string }

const ACCEPTED_FORMS =
  'file:./path/to/cms.db (SQLite, the default), postgres://user:password@host:5432/db or postgresql://… (PostgreSQL), ' +
  'mongodb://host/db or mongodb+srv://cluster/db (MongoDB)'

/**
 * One variable picks the engine. Anything we do not recognise is refused at start-up rather than
 * guessed at, so a typo never silently creates an empty SQLite database next to the real one.
 */
export function parseDatabaseUri(uri: string | undefined): DatabaseTarget {
  const value = uri?.trim() || DEFAULT_DATABASE_URI
  if (value.startsWith('file:') && value.length > 'file:'.length)
    return { engine: 'sqlite', url: value }
  if (/^postgres(ql)?:\/\/./.test(value)) return { engine: 'postgres', url: value }
  if (/^mongodb(\+srv)?:\/\/./.test(value)) return { engine: 'mongodb', url: value }
  throw new Error(
    `DATABASE_URI "${redactCredentials(value)}" is not supported. Use ${ACCEPTED_FORMS}.`,
  )
}

export const redactCredentials = (uri: string) => uri.replace(/\/\/[^@/]*@/, '//***@')

const loaded = new Map<EngineName, Engine>()

/**
 * Only the chosen engine's module is loaded: the others' drivers (mongoose, pg, libSQL) would add
 * to every cold start for nothing (~0.2 s for mongoose, bench/ANALYSIS.md). Loaded once, then
 * taken from the map.
 */
async function loadEngine(name: EngineName): Promise<Engine> {
  const cached = loaded.get(name)
  if (cached) return cached
  const engine =
    name === 'postgres'
      ? (await import('./postgres')).postgres
      : name === 'mongodb'
        ? (await import('./mongodb')).mongodb
        : (await import('./sqlite')).sqlite
  loaded.set(name, engine)
  return engine
}

/** The adapter for `payload.config.ts`; `root` is the project folder (migrations/<engine>/ lives there). */
export async function databaseAdapter(
  uri: string | undefined,
  root: string,
): Promise<DatabaseAdapterObj> {
  const target = parseDatabaseUri(uri)
  const engine = await loadEngine(target.engine)
  return engine.adapter(target.url, path.join(root, 'migrations', engine.name))
}

/** The engine a running Payload was started on. */
export function engineOf(payload: Payload): EngineName {
  const name = payload.db.name
  return name === 'mongoose' ? 'mongodb' : (name as EngineName)
}

/** This engine's committed migrations (what production applies on start). */
export const committedMigrations = async (payload: Payload): Promise<Migration[]> =>
  (await loadEngine(engineOf(payload))).migrations()

/**
 * Applies the committed migrations that are missing: for the seed, the tests and tools, which run
 * outside production (where Payload applies them on start by itself).
 */
export async function migrateDatabase(payload: Payload): Promise<void> {
  const migrations = await committedMigrations(payload)
  if (migrations.length) await payload.db.migrate({ migrations })
}

/** Stops `payload` and closes its database connections: the end of a script or test. */
export async function closeDatabase(payload: Payload): Promise<void> {
  await (await loadEngine(engineOf(payload))).close(payload)
}

/** Stops `payload` and deletes the database it ran on: only for throw-away databases (tests). */
export async function discardDatabase(payload: Payload, uri: string): Promise<void> {
  const target = parseDatabaseUri(uri)
  await (await loadEngine(target.engine)).discard(payload, target.url)
}

/** Deletes a database no process has open: only for throw-away databases (a test's restore target). */
export async function dropDatabase(uri: string): Promise<void> {
  const target = parseDatabaseUri(uri)
  await (await loadEngine(target.engine)).drop(target.url)
}

/** Writes a consistent copy of the running database into `folder`; returns the file name. */
export async function backupDatabase(uri: string | undefined, folder: string): Promise<string> {
  const target = parseDatabaseUri(uri)
  return (await loadEngine(target.engine)).backup(target.url, folder)
}

/** Every row of every table as sorted JSON lines: to compare a restored database with its source. */
export async function databaseRows(uri: string | undefined): Promise<Record<string, string[]>> {
  const target = parseDatabaseUri(uri)
  return (await loadEngine(target.engine)).rows(target.url)
}

/** The engine's own consistency check: 'ok' (possibly with a remark), or what is wrong. */
export async function databaseIntegrity(uri: string | undefined): Promise<string> {
  const target = parseDatabaseUri(uri)
  return (await loadEngine(target.engine)).integrity(target.url)
}

/** Resolves when the database `payload` runs on answers a trivial query; rejects otherwise. */
export async function pingDatabase(payload: Payload): Promise<void> {
  await (await loadEngine(engineOf(payload))).ping(payload)
}

/** Puts a copy made by backupDatabase back in place of the database's contents (site stopped). */
export async function restoreDatabase(uri: string | undefined, file: string): Promise<void> {
  const target = parseDatabaseUri(uri)
  await (await loadEngine(target.engine)).restore(target.url, file)
}

/** The full-text index of the engine `payload` runs on (its tables come from the migrations). */
export const searchIndex = async (payload: Payload): Promise<SearchIndex> =>
  (await loadEngine(engineOf(payload))).search

/**
 * The `req` for `payload.db` calls of the server's own bookkeeping (src/lib/limits/attempts.ts):
 * they commit at once, outside any request's transaction, and on PostgreSQL on connections of
 * their own (postgres.ts).
 */
export const bookkeepingRequest = async (
  payload: Payload,
): Promise<Partial<PayloadRequest> | undefined> =>
  (await loadEngine(engineOf(payload))).bookkeeping(payload)
