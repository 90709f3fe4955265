/**
 * `--engine=sqlite|postgres`, for the scripts that measure a throw-away site: `npm run bench` and
 * `npm run reliability:load|crash` (after `--`: `npm run bench -- --engine=postgres`).
 *
 * - sqlite (the default): the site's database is a SQLite file in its temporary folder.
 * - postgres: a fresh database on the server in TEST_POSTGRES_URI, or else on a throw-away cluster
 *   started here (scripts/test/throwaway-postgres.mjs) and removed when the script ends, also when
 *   it fails or is interrupted.
 *
 * Either way the choice reaches the site through TEST_DATABASE_URI, which siteEnv() and
 * siteDatabaseUri() of tests/e2e/global-setup.ts read: set it before calling them.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { parseDatabaseUri, redactCredentials } from '@/lib/database'

import {
  INSTALL_HINT,
  postgresBinaries,
  startThrowawayPostgres,
} from '../test/throwaway-postgres.mjs'

export const ENGINES = ['sqlite', 'postgres'] as const
export type EngineChoice = (typeof ENGINES)[number]
export const ENGINE_LABEL: Record<EngineChoice, string> = {
  sqlite: 'SQLite',
  postgres: 'PostgreSQL',
}

/** The engine named by `--engine=…` among the arguments (sqlite without one); throws on anything else. */
export function engineArgument(script: string, argv = process.argv.slice(2)): EngineChoice {
  const usage = `Usage: npm run ${script} -- --engine=${ENGINES.join('|')}`
  let engine: string = 'sqlite'
  for (const argument of argv) {
    const match = /^--engine=(.*)$/.exec(argument)
    if (!match) throw new Error(`Unknown argument "${argument}". ${usage}`)
    engine = match[1]
  }
  if (!(ENGINES as readonly string[]).includes(engine))
    throw new Error(`Unknown engine "${engine}". ${usage}`)
  return engine as EngineChoice
}

export type EngineServer = {
  engine: EngineChoice
  /** Where the site's database lives, for the reports. */
  description: string
  /** The database server's settings that bear on the figures (a throw-away cluster's `-c` options), if known. */
  settings?: string
  /** The server's version, if known without connecting to it (the throw-away cluster's binaries). */
  version?: string
  /** The port of the throw-away cluster this process started (none for SQLite or TEST_POSTGRES_URI). */
  throwawayPort?: number
  /** Environment settings to print in front of `npm run …` so that the command can be run again. */
  commandPrefix: string
  /** A server someone else runs (TEST_POSTGRES_URI): the run must drop the databases it made there. */
  sharedServer: boolean
  /** Stops and removes the throw-away cluster, if one was started (idempotent; also runs on exit). */
  stop: () => void
}

let exitingOnSignals = false

/**
 * An interrupt ends the script through process.exit(), so that the 'exit' handlers run: servers
 * killed, the throw-away cluster stopped and removed. Not stopOnExit() of throwaway-postgres.mjs:
 * under tsx its handler ran the (synchronous) cleanup at once, and tsx's relay in the parent, not
 * hearing back in time, SIGKILLed this process halfway (seen: cluster stopped, its folder left).
 */
function exitOnSignals(): void {
  if (exitingOnSignals) return
  exitingOnSignals = true
  // The exit is put off a moment: tsx's relay in the parent process SIGKILLs this one unless it
  // hears back (over IPC, when the event loop next runs) that the signal arrived.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () =>
      setTimeout(() => process.exit(128 + os.constants.signals[signal]), 250),
    )
  }
}

/**
 * Starts cluster-guardian.mjs, detached: it stops and removes the cluster once this process is
 * gone, also when no exit handler of ours could run (SIGKILL, or killed while blocked in
 * execFileSync, e.g. by tsx's signal relay during `next build`).
 */
function guardCluster(dataFolder: string): void {
  const guardian = spawn(
    process.execPath,
    [path.join(import.meta.dirname, 'cluster-guardian.mjs'), String(process.pid), dataFolder],
    {
      detached: true,
      stdio: 'ignore',
    },
  )
  guardian.unref()
}

/**
 * Makes `engine` the one siteEnv() picks (TEST_DATABASE_URI), starting a throw-away PostgreSQL
 * cluster when that engine is asked for and TEST_POSTGRES_URI names no server.
 */
export async function startEngine(engine: EngineChoice): Promise<EngineServer> {
  exitOnSignals()
  if (engine === 'sqlite') {
    // A server in the caller's shell must not turn a SQLite run into a run on that server.
    process.env.TEST_DATABASE_URI = ''
    return {
      engine,
      description: 'a SQLite file in the temporary folder',
      commandPrefix: '',
      sharedServer: false,
      stop: () => undefined,
    }
  }
  const given = process.env.TEST_POSTGRES_URI?.trim()
  if (given) {
    if (parseDatabaseUri(given).engine !== 'postgres')
      throw new Error(
        `TEST_POSTGRES_URI must be a postgres:// address (got "${redactCredentials(given)}").`,
      )
    process.env.TEST_DATABASE_URI = given
    return {
      engine,
      description: `a fresh database on the PostgreSQL server in TEST_POSTGRES_URI (${redactCredentials(given)})`,
      commandPrefix: `TEST_POSTGRES_URI=${redactCredentials(given)} `,
      sharedServer: true,
      stop: () => undefined,
    }
  }
  const cluster = await startThrowawayPostgres()
  if (!cluster) {
    throw new Error(
      '--engine=postgres needs a PostgreSQL server: TEST_POSTGRES_URI is not set, and there are no PostgreSQL server binaries ' +
        `(initdb, pg_ctl) to start a throw-away cluster with. ${INSTALL_HINT}`,
    )
  }
  process.once('exit', cluster.stop)
  process.env.TEST_DATABASE_URI = cluster.uri
  const port = Number(new URL(cluster.uri).port)
  const postmaster = postmasterOf(port)
  const dataFolder = postmaster?.args[postmaster.args.indexOf('-D') + 1]
  if (dataFolder) guardCluster(dataFolder)
  return {
    engine,
    description:
      'a fresh database on a throw-away PostgreSQL cluster (scripts/test/throwaway-postgres.mjs), removed after the run',
    settings: postmaster ? clusterSettings(postmaster.args) : undefined,
    version: serverVersion(),
    throwawayPort: port,
    commandPrefix: '',
    sharedServer: false,
    stop: cluster.stop,
  }
}

/** "PostgreSQL 15.14": `postgres --version` of the binaries a throw-away cluster runs on. */
function serverVersion(): string | undefined {
  const bin = postgresBinaries()
  if (!bin) return undefined
  const result = spawnSync(path.join(bin, 'postgres'), ['--version'], { encoding: 'utf8' })
  const version = /\d+(\.\d+)*/.exec(result.stdout ?? '')?.[0]
  return version ? `PostgreSQL ${version}` : undefined
}

/** The `-c name=value` options a cluster was started with (fsync=off etc. matter for write figures). */
const clusterSettings = (args: string[]) =>
  args
    .flatMap((arg, index) => (arg === '-c' && args[index + 1] ? [args[index + 1]] : []))
    .filter((setting) => !setting.startsWith('listen_addresses='))
    .join(', ')

/** The PostgreSQL server process listening on `port` on this machine (found by its command line), if any. */
export function postmasterOf(port: number): { pid: number; args: string[] } | undefined {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const args = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean)
      if (path.basename(args[0] ?? '') !== 'postgres') continue
      const portIndex = args.indexOf('-p')
      if (portIndex >= 0 && Number(args[portIndex + 1]) === port)
        return { pid: Number(entry), args }
    } catch {
      // The process ended meanwhile.
    }
  }
  return undefined
}
