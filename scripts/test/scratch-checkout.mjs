/**
 * A throw-away folder that looks like a fresh clone after `npm ci` (the project's code and
 * node_modules linked in; no data/, backups/ or .next/), where the README's commands run as a
 * new user would run them: what they create lands in it, never in the working copy. Plain Node:
 * used by scripts/reliability/no-hang.mjs as well as by the tests.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** What the commands read from the checkout (node_modules/.bin is on their PATH, as under npm). */
const LINKED = [
  'node_modules',
  'package.json',
  'tsconfig.json',
  'payload.config.ts',
  'migrations',
  'scripts',
  'src',
]

/** A new scratch checkout in the temporary folder; the caller removes it. */
export function scratchCheckout() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thinktank-checkout-'))
  for (const name of LINKED) fs.symlinkSync(path.join(ROOT, name), path.join(dir, name))
  return dir
}

/** The command line of `npm run <name>` (package.json `scripts`). */
export function packageScript(name) {
  const command = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts[name]
  if (!command) throw new Error(`package.json has no script "${name}"`)
  return command
}

/** The environment of a command run in `dir`, as `npm run` gives it: the checkout's node_modules/.bin first on the PATH. */
export function commandEnv(dir, settings) {
  const env = {
    ...process.env,
    PATH: `${path.join(dir, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}`,
    ...settings,
  }
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name]
  return env
}

const OUTPUT_KEPT = 20_000

/** Process groups still running: killed if this process exits first (they are detached, so they would outlive it). */
const running = new Set()
const kill = (pid) => {
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
}
process.once('exit', () => running.forEach(kill))

/**
 * Runs `command` with `sh -c` (as npm does) in its own process group; after `timeoutMs` the whole
 * group is killed. Resolves with the outcome, never rejects: `completed` (exit 0), `failed` (any
 * other exit) or `hung` (killed at the timeout), the exit code, the time taken and the end of the
 * output (stdout and stderr interleaved).
 */
export function runCommand(command, { cwd, env, timeoutMs }) {
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', command], {
      cwd,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    running.add(child.pid)
    let output = ''
    const keep = (chunk) => (output = (output + chunk).slice(-OUTPUT_KEPT))
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      kill(child.pid)
    }, timeoutMs)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      running.delete(child.pid)
      const outcome = timedOut ? 'hung' : code === 0 ? 'completed' : 'failed'
      resolve({ outcome, exitCode: code ?? signal, ms: Date.now() - started, output })
    })
  })
}
