/**
 * Shows that the README's commands do not hang (docs/reliability.md): runs the seeding step of
 * `npm run dev`, then `npm run seed`, `npm run backup` and `npm run restore` of that backup, each
 * `--runs` times, every round in fresh scratch checkouts (scripts/test/scratch-checkout.mjs) on a
 * fresh SQLite database, every command with a timeout; counts the runs that completed (exit 0 and
 * their work done), hung (killed at the timeout) and failed. Plain Node, so that nothing here can
 * hang the way it measures.
 *
 *   node scripts/reliability/no-hang.mjs                    # 50 rounds of the commands in package.json
 *   node scripts/reliability/no-hang.mjs --old --runs=20    # for contrast: the old first step, `tsx src/seed/run.ts if-empty`
 *
 * `--runs=N` (default 50), `--timeout=S` seconds per command (default 120). Saves the figures as
 * scripts/reliability/results/no-hang-sqlite.json (with --old: no-hang-old-sqlite.json) and
 * prints them as a table.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import {
  commandEnv,
  packageScript,
  ROOT,
  runCommand,
  scratchCheckout,
} from '../test/scratch-checkout.mjs'

const options = Object.fromEntries(
  process.argv.slice(2).map((argument) => {
    const match = /^--(runs|timeout|old)(?:=(\d+))?$/.exec(argument)
    if (!match)
      throw new Error(
        `Unknown argument "${argument}". Usage: node scripts/reliability/no-hang.mjs [--runs=50] [--timeout=120] [--old]`,
      )
    return [match[1], match[2] === undefined ? true : Number(match[2])]
  }),
)
const RUNS = options.runs ?? 50
const TIMEOUT_MS = (options.timeout ?? 120) * 1000
const OLD = options.old === true

/** The part of `npm run dev` before the server starts: the seeding step. */
function devSeedingStep() {
  const dev = packageScript('dev')
  if (!dev.endsWith(' && next dev'))
    throw new Error(`package.json's dev script no longer ends with "&& next dev": ${dev}`)
  return dev.slice(0, -' && next dev'.length)
}

/**
 * Each command with the line its output must contain: exit 0 alone could hide a script that
 * stopped early. `snapshot` is the backup's folder; `dev` and `seed` each get a fresh checkout.
 */
const COMMANDS = OLD
  ? [
      {
        name: 'tsx src/seed/run.ts if-empty (the old first step of npm run dev)',
        checkout: 'dev',
        command: () => 'tsx src/seed/run.ts if-empty',
        done: 'Demo staff logins',
      },
    ]
  : [
      {
        name: 'npm run dev (its seeding step)',
        checkout: 'dev',
        command: () => devSeedingStep(),
        done: 'Demo staff logins',
      },
      {
        name: 'npm run seed',
        checkout: 'seed',
        command: () => packageScript('seed'),
        done: 'Demo staff logins',
      },
      {
        name: 'npm run backup',
        checkout: 'seed',
        command: (snapshot) => `${packageScript('backup')} ${snapshot}`,
        done: 'Snapshot written to',
      },
      {
        name: 'npm run restore (of that backup)',
        checkout: 'seed',
        command: (snapshot) => `${packageScript('restore')} ${snapshot}`,
        done: 'Restored the snapshot',
      },
    ]

/** The environment of a new user's first run in `dir`, as `npm run dev` has it, on a temporary SQLite file. */
const siteEnv = (dir) =>
  commandEnv(dir, {
    NODE_ENV: 'development',
    DATABASE_URI: `file:${path.join(dir, 'data', 'cms.db')}`,
    UPLOAD_DIR: path.join(dir, 'data', 'uploads'),
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
    SMTP_HOST: undefined,
    TEST_DATABASE_URI: undefined,
  })

const checkouts = new Set()
process.once('exit', () =>
  checkouts.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })),
)
// An interrupt ends through process.exit(), so that the exit handlers above (and the commands' kill) run.
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130))

const seconds = (ms) => Math.round(ms / 100) / 10
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

const results = COMMANDS.map(({ name }) => ({ name, runs: [] }))
const started = Date.now()
for (let round = 1; round <= RUNS; round++) {
  const dirs = { dev: scratchCheckout(), seed: scratchCheckout() }
  Object.values(dirs).forEach((dir) => checkouts.add(dir))
  const envs = { dev: siteEnv(dirs.dev), seed: siteEnv(dirs.seed) }
  const snapshot = path.join(dirs.seed, 'snapshot')
  for (const [index, { name, checkout, command, done }] of COMMANDS.entries()) {
    const line = command(snapshot)
    const result = await runCommand(line, {
      cwd: dirs[checkout],
      env: envs[checkout],
      timeoutMs: TIMEOUT_MS,
    })
    const outcome =
      result.outcome === 'completed' && !result.output.includes(done) ? 'failed' : result.outcome
    results[index].runs.push({
      round,
      outcome,
      exitCode: result.exitCode,
      ms: result.ms,
      ...(outcome === 'completed' ? {} : { outputTail: result.output.slice(-2000) }),
    })
    console.info(
      `[no-hang] round ${round}/${RUNS}  ${name}: ${outcome} (exit ${result.exitCode}) in ${seconds(result.ms)} s`,
    )
    if (outcome !== 'completed') console.info(result.output.slice(-2000))
  }
  for (const dir of Object.values(dirs)) {
    fs.rmSync(dir, { recursive: true, force: true })
    checkouts.delete(dir)
  }
}

const summary = results.map(({ name, runs }) => {
  const count = (outcome) => runs.filter((run) => run.outcome === outcome).length
  const times = runs.map((run) => run.ms)
  const exitCodes = runs.filter((run) => run.outcome === 'failed').map((run) => run.exitCode)
  return {
    name,
    command: COMMANDS.find((entry) => entry.name === name).command('<snapshot folder>'),
    runs: runs.length,
    completed: count('completed'),
    hung: count('hung'),
    failed: count('failed'),
    failedExitCodes: exitCodes,
    seconds: {
      min: seconds(Math.min(...times)),
      median: seconds(median(times)),
      max: seconds(Math.max(...times)),
    },
    problems: runs.filter((run) => run.outcome !== 'completed'),
  }
})
const load = os
  .loadavg()
  .map((value) => value.toFixed(2))
  .join(' / ')
const report = {
  engine: 'sqlite',
  command: `node scripts/reliability/no-hang.mjs${OLD ? ' --old' : ''} --runs=${RUNS} --timeout=${TIMEOUT_MS / 1000}`,
  date: new Date().toISOString().slice(0, 10),
  machine: `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), load average at the end ${load} (1/5/15 min), Node ${process.version}`,
  database: 'a fresh SQLite file per round, in a fresh scratch checkout (NODE_ENV=development)',
  passed: summary.every((entry) => entry.completed === entry.runs),
  timeoutSeconds: TIMEOUT_MS / 1000,
  totalMinutes: Math.round((Date.now() - started) / 6000) / 10,
  commands: summary,
}
const file = path.join(
  ROOT,
  'scripts',
  'reliability',
  'results',
  `no-hang${OLD ? '-old' : ''}-sqlite.json`,
)
fs.mkdirSync(path.dirname(file), { recursive: true })
fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)

console.info(
  `\n| Command | Runs | Completed | Hung | Failed | Time min / median / max (s) |\n|---|---|---|---|---|---|`,
)
for (const entry of summary) {
  const failed = entry.failed ? `${entry.failed} (exit ${entry.failedExitCodes.join(', ')})` : '0'
  console.info(
    `| \`${entry.command}\` | ${entry.runs} | ${entry.completed} | ${entry.hung} | ${failed} | ${entry.seconds.min} / ${entry.seconds.median} / ${entry.seconds.max} |`,
  )
}
console.info(
  `\n${report.machine}; ${report.totalMinutes} min in all. Saved ${path.relative(ROOT, file)}.`,
)
process.exitCode = OLD || report.passed ? 0 : 1
