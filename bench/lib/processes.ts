/** Starting pinned servers, waiting for them, measuring and stopping them. */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'

import { commandsRun, log, ROOT, sleep } from './context'

export type Server = { name: string; pid: number; logFile: string; exited: () => string | null }

const started: Server[] = []
/**
 * Servers still running when this process ends some other way than through stopAll() (an
 * interrupt, or process.exit() by the PostgreSQL cluster's signal handler): their groups are
 * detached, so they would outlive it.
 */
process.once('exit', () => {
  for (const server of started) {
    try {
      process.kill(-server.pid, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
})

/** Spawns `taskset -c <cpu> command…` in its own process group, output to logFile. */
export function startPinned(
  name: string,
  cpu: string,
  command: string[],
  env: NodeJS.ProcessEnv,
  logFile: string,
): Server {
  const args = ['-c', cpu, ...command]
  commandsRun.push(`taskset ${args.join(' ')}`)
  log(`$ taskset ${args.join(' ')}  (log: ${logFile})`)
  const out = fs.openSync(logFile, 'a')
  // detached: its own process group, so stop() ends it and its children together.
  const child = spawn('taskset', args, {
    cwd: ROOT,
    env,
    stdio: ['ignore', out, out],
    detached: true,
  })
  fs.closeSync(out)
  if (!child.pid) throw new Error(`Could not spawn ${name}`)
  let exit: string | null = null
  child.on('exit', (code, signal) => (exit = signal ? `signal ${signal}` : `code ${code}`))
  const server = { name, pid: child.pid, logFile, exited: () => exit }
  started.push(server)
  return server
}

const alive = (pid: number) => {
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
}

/** SIGTERM to the server's process group, SIGKILL if it lingers. */
export async function stop(server: Server): Promise<void> {
  if (!alive(server.pid)) return
  process.kill(-server.pid, 'SIGTERM')
  for (let waited = 0; waited < 10_000 && alive(server.pid); waited += 200) await sleep(200)
  if (alive(server.pid)) process.kill(-server.pid, 'SIGKILL')
}

/** Stops every server this run started (also on failure). */
export async function stopAll(): Promise<void> {
  for (const server of started.splice(0)) await stop(server)
}

const tail = (file: string) => fs.readFileSync(file, 'utf8').split('\n').slice(-40).join('\n')

/** Polls until `url` answers 200; returns the milliseconds since `since`. */
export async function waitFor200(
  url: string,
  server: Server,
  since = Date.now(),
  timeoutMs = 120_000,
): Promise<number> {
  while (Date.now() - since < timeoutMs) {
    const exit = server.exited()
    if (exit)
      throw new Error(
        `${server.name} exited (${exit}) before answering. Log tail:\n${tail(server.logFile)}`,
      )
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
      await response.arrayBuffer()
      if (response.status === 200) return Date.now() - since
    } catch {
      // Not listening yet.
    }
    await sleep(20)
  }
  throw new Error(
    `${url} did not answer 200 within ${timeoutMs / 1000} s. Log tail:\n${tail(server.logFile)}`,
  )
}

/**
 * Pins a running process and its children to `cpu` (`taskset -a -p`, every thread): for a
 * PostgreSQL cluster, the postmaster and its background processes; the connections' backends it
 * forks later inherit the postmaster's affinity. Returns how many processes it pinned.
 */
export function pinProcessTree(pid: number, cpu: string): number {
  const children = fs.readdirSync('/proc').filter((entry) => {
    if (!/^\d+$/.test(entry)) return false
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      // Field 4 (after the parenthesised command name) is the parent's pid.
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid
    } catch {
      return false
    }
  })
  let pinned = 0
  for (const each of [pid, ...children.map(Number)]) {
    const args = ['-a', '-p', '-c', cpu, String(each)]
    commandsRun.push(`taskset ${args.join(' ')}`)
    if (spawnSync('taskset', args, { stdio: 'ignore' }).status === 0) pinned++
  }
  return pinned
}

/** Resident memory (MB) of a process group's members: taskset execs the server in place. */
export function rssMegabytes(server: Server): number {
  let kilobytes = 0
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      // Field 5 (after the parenthesised command name) is the process group id.
      const pgid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2])
      if (pgid !== server.pid) continue
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${entry}/status`, 'utf8'))
      kilobytes += rss ? Number(rss[1]) : 0
    } catch {
      // The process ended meanwhile.
    }
  }
  return Math.round(kilobytes / 1024)
}

/**
 * Waits until `url` answers within 200 ms: after a load run against a slow page, the server is
 * still working through requests the load generator gave up on, and the next figure (or a
 * schema change on the database) must not pay for them.
 */
export async function settle(url: string, timeoutMs = 10 * 60_000): Promise<void> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    const sent = Date.now()
    try {
      await (await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })).arrayBuffer()
      if (Date.now() - sent < 200) return
    } catch {
      // Still busy; ask again.
    }
    await sleep(1000)
  }
  log(`${url} still slow after ${timeoutMs / 1000} s; going on.`)
}
