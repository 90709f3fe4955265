/**
 * Before any test: a temporary database, migrated and seeded (a SQLite file, or with
 * TEST_DATABASE_URI a fresh database on that PostgreSQL or MongoDB server); a production build made
 * beside it (which reads none of its content: cache-database.spec.ts checks that); and ONE
 * production server (`npm start`: server.mjs) shared by every test.
 *
 * E2E_SKIP_BUILD=1 reuses an existing .next/ (local iteration only). E2E_KEEP_TEMP=1 keeps the
 * temporary folder.
 */
import { execFileSync, spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { dropDatabase } from '@/lib/database'

import {
  DEFAULT_STATE_FILE,
  OUTPUT_DIR,
  ROOT,
  type E2EState,
  type Login,
  type Role,
} from './helpers'

/** The port and SERVER_URL the last build in .next/ was made for (for E2E_SKIP_BUILD=1). */
const BUILD_INFO_FILE = path.join(OUTPUT_DIR, 'e2e-build.json')
const READY_TIMEOUT_MS = 90_000

/**
 * The running server's pid, on globalThis so setup and teardown share it even if the runner loads
 * this module twice; global-teardown.ts clears it once the server is stopped.
 */
export const serverMarker: { pid?: number } = ((
  globalThis as { __thinktankE2EServer?: { pid?: number } }
).__thinktankE2EServer ??= {})

const log = (message: string) => console.info(`[e2e] ${message}`)
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`

/**
 * Runs a command to completion with its output on the terminal; throws naming it if it fails or,
 * given `timeoutMs`, if it is still running then (it is killed: SIGKILL, so run one process, not npx).
 */
export function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs?: number,
): void {
  const printable = [command, ...args].join(' ')
  const started = Date.now()
  log(`$ ${printable}`)
  try {
    execFileSync(command, args, {
      cwd: ROOT,
      env,
      stdio: 'inherit',
      timeout: timeoutMs,
      killSignal: 'SIGKILL',
    })
  } catch (error) {
    const { status, signal } = error as { status?: number | null; signal?: string | null }
    const how = signal ? `killed by ${signal}` : `exit code ${status ?? 'unknown'}`
    throw new Error(
      `[e2e] Command failed (${how}) after ${seconds(started)}: ${printable}  (cwd ${ROOT})`,
    )
  }
  log(`${printable}: done in ${seconds(started)}`)
}

/**
 * A seed takes 10–40 s here; one still running after 3 minutes is stuck, and the run fails saying so
 * instead of waiting forever (a safety net: the runner has nothing left that could stall it).
 */
const SEED_TIMEOUT_MS = 180_000

/**
 * Migrates and seeds a fresh database (seed-e2e.ts does both) in one plain Node process
 * (scripts/run-ts.mjs: no loader hooks, Lexical's build without a top-level await), which the
 * timeout can kill whole.
 */
export function prepareDatabase(credentialsJson: string, env: NodeJS.ProcessEnv): void {
  run(
    'node',
    ['--conditions=development', 'scripts/run-ts.mjs', 'tests/e2e/seed-e2e.ts', credentialsJson],
    env,
    SEED_TIMEOUT_MS,
  )
  if (!fs.existsSync(credentialsJson))
    throw new Error(`[e2e] The seed script exited 0 without writing ${credentialsJson}`)
}

/** A port free on 127.0.0.1 right now: `preferred` if it is, else one the OS picks. */
export async function freePort(preferred?: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const server = net.createServer()
      server.unref()
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => {
        const address = server.address() as net.AddressInfo
        server.close(() => resolve(address.port))
      })
    })
  if (preferred) {
    try {
      return await tryPort(preferred)
    } catch {
      log(`Port ${preferred} is taken; picking another.`)
    }
  }
  return tryPort(0)
}

function tail(file: string, lines = 60): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n')
  } catch {
    return '(no log)'
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
}

/** SIGTERM to the whole process group (the server and anything it started), SIGKILL if it lingers. */
export async function stopServer(pid: number, graceMs = 10_000): Promise<void> {
  if (!isAlive(pid)) return
  try {
    process.kill(-pid, 'SIGTERM')
  } catch {
    return
  }
  const deadline = Date.now() + graceMs
  while (Date.now() < deadline && isAlive(pid))
    await new Promise((resolve) => setTimeout(resolve, 200))
  if (isAlive(pid)) {
    try {
      process.kill(-pid, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
}

/**
 * `npm start`'s server (server.mjs), as in production, on 127.0.0.1:`port`, its output appended to
 * `logFile`. Detached: its own process group, so stopServer can stop it and anything it started
 * together. `exited` says how it ended, or null while it runs.
 */
export function startServer(
  env: NodeJS.ProcessEnv,
  port: number,
  logFile: string,
): { pid: number; exited: () => string | null } {
  const command = ['node', 'server.mjs', '-p', String(port), '-H', '127.0.0.1']
  log(`$ ${command.join(' ')}  (log: ${logFile})`)
  const logFd = fs.openSync(logFile, 'a')
  const child = spawn(command[0], command.slice(1), {
    cwd: ROOT,
    env,
    stdio: ['ignore', logFd, logFd],
    detached: true,
  })
  fs.closeSync(logFd)
  if (!child.pid) throw new Error(`[e2e] Could not spawn: ${command.join(' ')}`)
  let exit: string | null = null
  child.on('exit', (code, signal) => (exit = signal ? `signal ${signal}` : `code ${code}`))
  child.on('error', (error) => (exit = `spawn error: ${error.message}`))
  child.unref()
  return { pid: child.pid, exited: () => exit }
}

/** Polls `url` until it answers 200; `timeoutMs` longer for `next dev`, which compiles a page on its first visit. */
export async function waitUntilReady(
  url: string,
  exited: () => string | null,
  logFile: string,
  timeoutMs = READY_TIMEOUT_MS,
): Promise<void> {
  const started = Date.now()
  let last = 'no answer yet'
  while (Date.now() - started < timeoutMs) {
    const exit = exited()
    if (exit)
      throw new Error(
        `[e2e] The server exited (${exit}) before answering. Log tail (${logFile}):\n${tail(logFile)}`,
      )
    try {
      // Redirects are followed (e.g. / → /en), as a browser would.
      const response = await fetch(url, { signal: AbortSignal.timeout(15_000) })
      await response.arrayBuffer()
      const via = response.url !== url ? ` (via redirect to ${response.url})` : ''
      if (response.status === 200) {
        log(`${url} answered 200${via} after ${seconds(started)}`)
        return
      }
      last = `HTTP ${response.status}${via}`
    } catch (error) {
      last = (error as Error).message
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(
    `[e2e] ${url} did not answer 200 within ${timeoutMs / 1000} s (last: ${last}). Log tail (${logFile}):\n${tail(logFile)}`,
  )
}

/**
 * The database of a throw-away site in `tempDir`: a SQLite file inside it, or with
 * TEST_DATABASE_URI a database named after the folder on that server (dropped by the teardown).
 */
export function siteDatabaseUri(tempDir: string): string {
  const server = process.env.TEST_DATABASE_URI
  if (!server) return `file:${path.join(tempDir, 'cms.db')}`
  const url = new URL(server)
  url.pathname = `/${path
    .basename(tempDir)
    .replace(/[^a-z0-9]/gi, '_')
    .toLowerCase()}`
  return url.toString()
}

/**
 * The environment of a throw-away site in `tempDir` served at `baseURL`: `prodEnv` to build and
 * serve (production), `toolEnv` to migrate and seed as in development (the seed CLI refuses
 * production).
 */
export function siteEnv(
  tempDir: string,
  baseURL: string,
): { prodEnv: NodeJS.ProcessEnv; toolEnv: NodeJS.ProcessEnv } {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URI: siteDatabaseUri(tempDir),
    UPLOAD_DIR: path.join(tempDir, 'uploads'),
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
    SERVER_URL: baseURL,
    NEXT_TELEMETRY_DISABLED: '1',
    // Mail is composed by nodemailer and recorded here instead of sent (no SMTP in tests).
    MAIL_OUTBOX: path.join(tempDir, 'outbox.jsonl'),
    // The tests stand in for the proxy in front: each reader's address comes in X-Forwarded-For.
    TRUSTED_PROXIES: 'loopback',
  }
  delete env.SMTP_HOST
  const { NODE_ENV: _inheritedNodeEnv, ...withoutNodeEnv } = env
  return {
    toolEnv: withoutNodeEnv as NodeJS.ProcessEnv,
    prodEnv: { ...env, NODE_ENV: 'production' },
  }
}

export default async function globalSetup(): Promise<void> {
  const runStarted = Date.now()
  fs.mkdirSync(OUTPUT_DIR, { recursive: true })
  // A stale state file must never point the teardown at an old (maybe reused) pid.
  fs.rmSync(DEFAULT_STATE_FILE, { force: true })

  const skipBuild =
    process.env.E2E_SKIP_BUILD === '1' && fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID'))
  let previousPort: number | undefined
  if (skipBuild) {
    try {
      previousPort = (JSON.parse(fs.readFileSync(BUILD_INFO_FILE, 'utf8')) as { port?: number })
        .port
    } catch {
      // Built outside this harness: its absolute URLs may point anywhere.
    }
  }
  // Chosen before the build, which records SERVER_URL in the routes it prerenders (robots.txt).
  const port = await freePort(previousPort)
  if (skipBuild && previousPort && port !== previousPort) {
    log(
      `WARNING: .next/ was built for port ${previousPort}; its prerendered robots.txt names another port than ${port}.`,
    )
  }
  const baseURL = `http://127.0.0.1:${port}`

  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thinktank-e2e-'))
  const databaseUri = siteDatabaseUri(tempDir)
  const logFile = path.join(tempDir, 'server.log')
  const credentialsJson = path.join(tempDir, 'credentials.json')
  log(`Temporary folder ${tempDir}; server will be ${baseURL}`)

  const { prodEnv, toolEnv } = siteEnv(tempDir, baseURL)

  let pid: number | undefined
  let onExit: (() => void) | undefined
  try {
    prepareDatabase(credentialsJson, toolEnv)

    if (skipBuild) {
      log('E2E_SKIP_BUILD=1 and .next/BUILD_ID exists: reusing the existing build.')
    } else {
      fs.rmSync(BUILD_INFO_FILE, { force: true })
      run('npx', ['next', 'build'], prodEnv)
      fs.writeFileSync(
        BUILD_INFO_FILE,
        `${JSON.stringify({ port, serverURL: baseURL, builtAt: new Date().toISOString() }, null, 2)}\n`,
      )
    }

    const server = startServer(prodEnv, port, logFile)
    const serverPid = server.pid
    pid = serverPid
    // Backstop if the runner exits without running the teardown (which clears the marker).
    serverMarker.pid = serverPid
    onExit = () => {
      if (serverMarker.pid !== serverPid) return
      try {
        process.kill(-serverPid, 'SIGKILL')
      } catch {
        // Already gone.
      }
    }
    process.once('exit', onExit)

    await waitUntilReady(`${baseURL}/`, server.exited, logFile)

    const seeded = JSON.parse(fs.readFileSync(credentialsJson, 'utf8')) as {
      credentials: ({ role: string } & Login)[]
    }
    const credentials = Object.fromEntries(
      seeded.credentials.map(({ role, email, password }) => [role, { email, password }]),
    ) as Record<Role, Login>

    const state: E2EState = {
      baseURL,
      port,
      tempDir,
      logFile,
      databaseUri,
      outboxFile: prodEnv.MAIL_OUTBOX!,
      pid: serverPid,
      startedAt: new Date().toISOString(),
      credentials,
      secret: prodEnv.PAYLOAD_SECRET!,
    }
    // Holds demo passwords and the secret of a throw-away database; still, readable by the owner only.
    fs.writeFileSync(DEFAULT_STATE_FILE, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 })
    process.env.E2E_BASE_URL = baseURL
    process.env.E2E_STATE_FILE = DEFAULT_STATE_FILE
    log(
      `Ready in ${seconds(runStarted)}: ${baseURL} (pid ${serverPid}); state in ${DEFAULT_STATE_FILE}`,
    )
  } catch (error) {
    if (pid !== undefined) await stopServer(pid)
    serverMarker.pid = undefined
    if (onExit) process.removeListener('exit', onExit)
    if (process.env.E2E_KEEP_TEMP === '1') log(`Kept ${tempDir} (E2E_KEEP_TEMP=1).`)
    else {
      await dropDatabase(databaseUri).catch(() => undefined)
      fs.rmSync(tempDir, { recursive: true, force: true })
    }
    throw error
  }
}
