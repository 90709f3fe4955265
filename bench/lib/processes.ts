/** Starting pinned servers, waiting for them, measuring and stopping them. */
import { spawn } from 'node:child_process'
import fs from 'node:fs'

import { commandsRun, log, ROOT, sleep } from './context'

export type Server = { name: string; pid: number; logFile: string; exited: () => string | null }

const started: Server[] = []

/** Spawns `taskset -c <cpu> command…` in its own process group, output to logFile. */
export function startPinned(name: string, cpu: string, command: string[], env: NodeJS.ProcessEnv, logFile: string): Server {
  const args = ['-c', cpu, ...command]
  commandsRun.push(`taskset ${args.join(' ')}`)
  log(`$ taskset ${args.join(' ')}  (log: ${logFile})`)
  const out = fs.openSync(logFile, 'a')
  // detached: its own process group, so stop() ends it and its children together.
  const child = spawn('taskset', args, { cwd: ROOT, env, stdio: ['ignore', out, out], detached: true })
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
export async function waitFor200(url: string, server: Server, since = Date.now(), timeoutMs = 120_000): Promise<number> {
  while (Date.now() - since < timeoutMs) {
    const exit = server.exited()
    if (exit) throw new Error(`${server.name} exited (${exit}) before answering. Log tail:\n${tail(server.logFile)}`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
      await response.arrayBuffer()
      if (response.status === 200) return Date.now() - since
    } catch {
      // Not listening yet.
    }
    await sleep(20)
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s. Log tail:\n${tail(server.logFile)}`)
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

/** Linux's USER_HZ: /proc counts CPU time in hundredths of a second. */
const TICKS_PER_SECOND = 100
const STALLED_CPU_SHARE = 0.1

/** CPU time (clock ticks, all threads) a process has used so far; null once it is gone. */
function cpuTicks(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // utime and stime: fields 14 and 15 of /proc/<pid>/stat, counted from the state (field 3).
    return Number(fields[11]) + Number(fields[12])
  } catch {
    return null
  }
}

/**
 * Runs a command to completion, output on stderr; rejects when it fails, or when it has used no
 * CPU for `stallMs` (then it is killed): how a script hung in Node 20's module loader looks.
 */
export function runWatched(command: string, args: string[], env: NodeJS.ProcessEnv, stallMs: number): Promise<void> {
  const printable = [command, ...args].join(' ')
  commandsRun.push(printable)
  log(`$ ${printable}`)
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', process.stderr, process.stderr] })
    // A hung script is not always at zero: one stalled at 4-5 % of a core for minutes (timers,
    // retries), so "stalled" is under a tenth of a core over the last `stallMs`.
    const samples: { at: number; ticks: number }[] = []
    const watch = setInterval(() => {
      const ticks = child.pid === undefined ? null : cpuTicks(child.pid)
      if (ticks === null) return
      samples.push({ at: Date.now(), ticks })
      while (samples.length > 1 && Date.now() - samples[1].at >= stallMs) samples.shift()
      const oldest = samples[0]
      const window = Date.now() - oldest.at
      if (window >= stallMs && ((ticks - oldest.ticks) * 1000) / TICKS_PER_SECOND < window * STALLED_CPU_SHARE) child.kill('SIGKILL')
    }, 2000)
    child.on('exit', (code, signal) => {
      clearInterval(watch)
      if (code === 0) resolve()
      else reject(new Error(`${printable} ${signal === 'SIGKILL' ? `used under ${STALLED_CPU_SHARE * 100} % of a core for ${stallMs / 1000} s and was stopped` : `exited with ${signal ?? code}`}`))
    })
  })
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
