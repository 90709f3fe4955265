/**
 * A throw-away production site for the reliability scripts: a temporary migrated and seeded SQLite
 * database, one `next build` against it, and `next start` servers that can be stopped politely or
 * SIGKILLed. Reuses the helpers of the end-to-end setup so both prepare a site the same way.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort, prepareDatabase, run, siteEnv, stopServer, waitUntilReady } from '../../tests/e2e/global-setup'
import { ROOT } from '../../tests/e2e/helpers'

/** Inside the 4300–4399 range kept for these scripts; fixed because the build embeds SERVER_URL. */
const PORT = 4321

export type Site = {
  baseURL: string
  tempDir: string
  databaseUrl: string
  uploadDir: string
  env: NodeJS.ProcessEnv
}

export type Server = { pid: number; logFile: string; exited: () => string | null }

/** Servers started and not yet stopped: SIGKILLed if this process ends first. */
const running = new Set<Server>()
process.once('exit', () => running.forEach(killServer))

export const log = (message: string) => console.info(`[reliability] ${new Date().toISOString().slice(11, 19)} ${message}`)

/** Migrates and seeds a fresh temporary database; builds unless RELIABILITY_SKIP_BUILD=1. */
export async function prepareSite(): Promise<Site> {
  const port = await freePort(PORT)
  if (port !== PORT) throw new Error(`[reliability] Port ${PORT} is taken; stop whatever holds it.`)
  const baseURL = `http://127.0.0.1:${port}`
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thinktank-reliability-'))
  const { prodEnv: env, toolEnv } = siteEnv(tempDir, baseURL)
  const credentialsJson = path.join(tempDir, 'credentials.json')
  log(`Temporary site in ${tempDir}`)
  prepareDatabase(tempDir, credentialsJson, toolEnv)
  if (process.env.RELIABILITY_SKIP_BUILD === '1' && fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
    log(`RELIABILITY_SKIP_BUILD=1: reusing .next/ (it must have been built with SERVER_URL=${baseURL})`)
  } else {
    run('npx', ['next', 'build'], env)
  }
  return { baseURL, tempDir, databaseUrl: env.DATABASE_URI!, uploadDir: env.UPLOAD_DIR!, env }
}

/** `next start` in its own process group (so a kill reaches npx and next-server), ready to serve. */
export async function startServer(site: Site): Promise<Server> {
  const logFile = path.join(site.tempDir, 'server.log')
  const logFd = fs.openSync(logFile, 'a')
  const port = new URL(site.baseURL).port
  const child = spawn('npx', ['next', 'start', '-p', port, '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: site.env,
    stdio: ['ignore', logFd, logFd],
    detached: true,
  })
  fs.closeSync(logFd)
  if (!child.pid) throw new Error('[reliability] Could not spawn next start')
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
 * folder goes unless RELIABILITY_KEEP_TEMP=1 (to inspect a failure).
 */
export async function shutDown(site: Site, server: Server): Promise<void> {
  running.delete(server)
  await stopServer(server.pid)
  if (process.env.RELIABILITY_KEEP_TEMP === '1') log(`Kept ${site.tempDir}`)
  else fs.rmSync(site.tempDir, { recursive: true, force: true })
}

/** Runs a script's main: exit code 0 if it passed, 1 if it failed or threw. */
export function runScript(main: () => Promise<boolean>): void {
  main().then(
    (passed) => {
      process.exitCode = passed ? 0 : 1
    },
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
}
