/**
 * A TypeScript script run in a child process of its own (scripts/run-ts.mjs: plain Node, nothing
 * in its start that can stall) and watched: one that stops using the CPU is killed rather than
 * waited for, and one that exits without its work done fails. Shared by the reliability scripts and
 * the bench's setup steps.
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
 * when it has used under a tenth of a core for `stallMs` (then it is killed): a script that waits
 * on nothing but never ends. Run one process that can be watched and killed whole (npx would leave
 * its child orphaned, and idles while the child works).
 */
export function runWatched(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  stallMs: number,
): Promise<void> {
  const printable = [command, ...args].join(' ')
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env,
      stdio: ['ignore', process.stderr, process.stderr],
    })
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
      if (
        window >= stallMs &&
        ((ticks - oldest.ticks) * 1000) / TICKS_PER_SECOND < window * STALLED_CPU_SHARE
      )
        child.kill('SIGKILL')
    }, 2000)
    child.on('error', (error) => {
      clearInterval(watch)
      reject(error)
    })
    child.on('exit', (code, signal) => {
      clearInterval(watch)
      if (code === 0) resolve()
      else
        reject(
          new Error(
            `${printable} ${signal === 'SIGKILL' ? `used under ${STALLED_CPU_SHARE * 100} % of a core for ${stallMs / 1000} s and was stopped` : `exited with ${signal ?? code}`}`,
          ),
        )
    })
  })
}

/**
 * Runs a TypeScript script (`args`: its path and arguments) with runWatched, then checks with
 * `done()` that its work is done. A script stopped as stalled after finishing its work counts as
 * done: a database pool that never closes (PostgreSQL, Payload 3.90.1) can keep a finished script
 * from exiting.
 */
export async function runScriptWatched(
  args: string[],
  done: () => boolean,
  options: { env: NodeJS.ProcessEnv; stallMs: number; log: (message: string) => void },
): Promise<void> {
  const command = ['--conditions=development', 'scripts/run-ts.mjs', ...args]
  options.log(`$ node ${command.join(' ')}`)
  try {
    await runWatched('node', command, options.env, options.stallMs)
  } catch (error) {
    if (!done()) throw error
    options.log(`${(error as Error).message.split('\n')[0]}, after finishing its work: going on.`)
  }
  if (!done()) throw new Error(`${args.join(' ')} exited without finishing its work`)
}
