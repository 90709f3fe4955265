/**
 * A throw-away production site for the reliability scripts: a temporary migrated and seeded
 * database (a SQLite file, or a fresh database on a PostgreSQL server: `-- --engine=postgres`, see
 * engine.ts), one `next build` against it, and `next start` servers that can be stopped politely
 * or SIGKILLed. Reuses the helpers of the end-to-end setup so both prepare a site the same way,
 * except for the migrate-and-seed step, which runs watched (see prepareDatabase below).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { dropDatabase, redactCredentials } from '@/lib/database'

import { freePort, run, siteEnv, stopServer, waitUntilReady } from '../../tests/e2e/global-setup'
import { ROOT } from '../../tests/e2e/helpers'

import { engineArgument, ENGINE_LABEL, startEngine, type EngineServer } from './engine'
import { payloadTask } from './localApi'
import { log } from './log'
import { runScriptWatched } from './watched'

export { log } from './log'

/** Inside the 4300–4399 range kept for these scripts; fixed because the build embeds SERVER_URL. */
const PORT = 4321

export type Site = {
  baseURL: string
  tempDir: string
  databaseUrl: string
  uploadDir: string
  /** The engine the site runs on and where its database server came from. */
  engine: EngineServer
  /** For next build and next start (production). */
  env: NodeJS.ProcessEnv
  /** For tools beside the server (migrate, seed, Local API reads): development NODE_ENV, as the seed requires. */
  toolEnv: NodeJS.ProcessEnv
}

export type Server = { pid: number; logFile: string; exited: () => string | null }

/** Servers started and not yet stopped: SIGKILLed if this process ends first. */
const running = new Set<Server>()
process.once('exit', () => running.forEach(killServer))

/** A seed that uses (almost) no CPU for this long has stalled. */
const SEED_STALL_MS = 60_000

/**
 * What global-setup.ts's prepareDatabase() does (a fresh database, the committed migrations, then
 * tests/e2e/seed-e2e.ts), with each step watched: that one runs them with execFileSync and a
 * timeout, while here a finished seed that never exits (PostgreSQL: Payload 3.90.1 leaves a pool
 * client checked out, so closeDatabase() waits for it) is stopped and counts as done.
 */
async function prepareDatabase(site: Site, credentialsJson: string): Promise<void> {
  await dropDatabase(site.databaseUrl)
  await payloadTask(site, 'migrate')
  await runScriptWatched(
    ['tests/e2e/seed-e2e.ts', credentialsJson],
    () => fs.existsSync(credentialsJson),
    { env: site.toolEnv, stallMs: SEED_STALL_MS, log },
  )
}

/**
 * Migrates and seeds a fresh temporary database on `engine` (startEngine() has pointed
 * TEST_DATABASE_URI at its server); builds unless RELIABILITY_SKIP_BUILD=1.
 */
export async function prepareSite(engine: EngineServer): Promise<Site> {
  const port = await freePort(PORT)
  if (port !== PORT) throw new Error(`[reliability] Port ${PORT} is taken; stop whatever holds it.`)
  const baseURL = `http://127.0.0.1:${port}`
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thinktank-reliability-'))
  // An interrupted run leaves no folder behind either (its database goes with a throw-away cluster;
  // on a TEST_POSTGRES_URI server it stays, since the exit handlers cannot wait for a DROP).
  if (process.env.RELIABILITY_KEEP_TEMP !== '1')
    process.once('exit', () => fs.rmSync(tempDir, { recursive: true, force: true }))
  const { prodEnv: env, toolEnv } = siteEnv(tempDir, baseURL)
  const site: Site = {
    baseURL,
    tempDir,
    databaseUrl: env.DATABASE_URI!,
    uploadDir: env.UPLOAD_DIR!,
    engine,
    env,
    toolEnv,
  }
  const credentialsJson = path.join(tempDir, 'credentials.json')
  log(
    `Temporary site in ${tempDir}, database ${redactCredentials(site.databaseUrl)} (${ENGINE_LABEL[engine.engine]})`,
  )
  try {
    await prepareDatabase(site, credentialsJson)
    if (
      process.env.RELIABILITY_SKIP_BUILD === '1' &&
      fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID'))
    ) {
      log(
        `RELIABILITY_SKIP_BUILD=1: reusing .next/ (it must have been built with SERVER_URL=${baseURL})`,
      )
    } else {
      run('npx', ['next', 'build'], env)
    }
  } catch (error) {
    await removeSite(site)
    throw error
  }
  return site
}

/** The temporary folder and database go, unless RELIABILITY_KEEP_TEMP=1 (to inspect a failure). */
export async function removeSite(site: Site): Promise<void> {
  if (process.env.RELIABILITY_KEEP_TEMP === '1') {
    log(`Kept ${site.tempDir} and the database ${redactCredentials(site.databaseUrl)}`)
    return
  }
  await dropDatabase(site.databaseUrl).catch((error: Error) =>
    log(`Could not drop ${redactCredentials(site.databaseUrl)}: ${error.message}`),
  )
  fs.rmSync(site.tempDir, { recursive: true, force: true })
}

/** The production server (`npm start`: server.mjs) in its own process group, ready to serve. */
export async function startServer(site: Site): Promise<Server> {
  const logFile = path.join(site.tempDir, 'server.log')
  const logFd = fs.openSync(logFile, 'a')
  const port = new URL(site.baseURL).port
  const child = spawn('node', ['server.mjs', '-p', port, '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: site.env,
    stdio: ['ignore', logFd, logFd],
    detached: true,
  })
  fs.closeSync(logFd)
  if (!child.pid) throw new Error('[reliability] Could not spawn the server')
  let exit: string | null = null
  child.on('exit', (code, signal) => (exit = signal ? `signal ${signal}` : `code ${code}`))
  const server: Server = { pid: child.pid, logFile, exited: () => exit }
  running.add(server)
  await waitUntilReady(`${site.baseURL}/`, server.exited, logFile)
  return server
}

/** SIGKILL to the whole group: the crash the crash script simulates, and the exit backstop. */
export function killServer(server: Server): void {
  running.delete(server)
  try {
    process.kill(-server.pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
}

/**
 * The ordinary end of a run: SIGTERM to the server (SIGKILL if it lingers), then the temporary
 * folder and database go unless RELIABILITY_KEEP_TEMP=1 (to inspect a failure).
 */
export async function shutDown(site: Site, server: Server): Promise<void> {
  running.delete(server)
  await stopServer(server.pid)
  await removeSite(site)
}

/**
 * Runs a script's main on the engine of `-- --engine=…` (a throw-away PostgreSQL cluster, if one
 * is started, is removed at the end, also on failure): exit code 0 if it passed, 1 if it failed or threw.
 */
export function runScript(script: string, main: (engine: EngineServer) => Promise<boolean>): void {
  let engine: EngineServer | undefined
  const run = async () => {
    engine = await startEngine(engineArgument(script))
    log(`Engine: ${ENGINE_LABEL[engine.engine]}, ${engine.description}`)
    try {
      return await main(engine)
    } finally {
      engine.stop()
    }
  }
  run().then(
    (passed) => {
      process.exitCode = passed ? 0 : 1
    },
    (error: unknown) => {
      console.error(error)
      engine?.stop()
      process.exit(1)
    },
  )
}
