/**
 * A child process watched for the hang of Node 20's module loader under tsx (a script that stops
 * using the CPU and never ends, or ends early without its work done): shared by the reliability
 * scripts and the bench's setup steps.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

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
 * Runs a command to completion in the project folder, output on stderr; rejects when it fails, or
 * when it has used under a tenth of a core for `stallMs` (then it is killed): how a script hung in
 * Node 20's module loader looks. Run scripts as `node --import tsx …`, one process that can be
 * watched and killed whole (npx would leave it orphaned, and idles while its child works).
 */
export function runWatched(command: string, args: string[], env: NodeJS.ProcessEnv, stallMs: number): Promise<void> {
  const printable = [command, ...args].join(' ')
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
    child.on('error', (error) => {
      clearInterval(watch)
      reject(error)
    })
    child.on('exit', (code, signal) => {
      clearInterval(watch)
      if (code === 0) resolve()
      else reject(new Error(`${printable} ${signal === 'SIGKILL' ? `used under ${STALLED_CPU_SHARE * 100} % of a core for ${stallMs / 1000} s and was stopped` : `exited with ${signal ?? code}`}`))
    })
  })
}

/**
 * Runs a script (with runWatched) until `done()` says its work is done, up to `attempts` times;
 * `beforeRetry` puts things back for a fresh attempt. A script killed as hung after finishing its
 * work counts as done: Node's loader hooks, or a database pool that never closes (PostgreSQL,
 * Payload 3.90.1), can keep a finished script from exiting.
 */
export async function runUntilDone(
  args: string[],
  done: () => boolean,
  options: { env: NodeJS.ProcessEnv; stallMs: number; attempts: number; log: (message: string) => void; beforeRetry?: () => Promise<void> },
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      if (attempt > 1) await options.beforeRetry?.()
      options.log(`$ node --import tsx ${args.join(' ')}`)
      try {
        await runWatched('node', ['--import', 'tsx', ...args], options.env, options.stallMs)
      } catch (error) {
        if (!done()) throw error
        options.log(`${(error as Error).message.split('\n')[0]}, after finishing its work: going on.`)
      }
      if (done()) return
      throw new Error(`${args.join(' ')} exited without finishing its work`)
    } catch (error) {
      if (attempt >= options.attempts) throw error
      options.log(`${(error as Error).message.split('\n')[0]}; retrying (attempt ${attempt + 1} of ${options.attempts}).`)
    }
  }
}
