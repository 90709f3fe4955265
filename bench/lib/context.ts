/** Paths, ports and small process helpers shared by the benchmark steps. */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
/** Gitignored (and excluded from tsc): databases, logs, configs and reports of the last run. */
export const WORK_DIR = path.join(ROOT, 'bench', '.work')
/**
 * The run's folder. Its name is also the database's on a PostgreSQL server (siteDatabaseUri():
 * `thinktank_bench`), dropped and created again by every run: distinctive, so that it can never be
 * someone else's database on a shared server (TEST_POSTGRES_URI).
 */
export const RUN_DIR = path.join(WORK_DIR, 'thinktank-bench')
/** Rendered from the results-<engine>.json files present (bench/lib/report.ts). */
export const RESULTS_FILE = path.join(ROOT, 'bench', 'RESULTS.md')
/** Each run's figures on its engine, committed: RESULTS.md shows the engines side by side from them. */
export const resultsJson = (engine: string) => path.join(ROOT, 'bench', `results-${engine}.json`)

/** Every server the benchmark starts listens in 4100-4199 (other engineers' servers use 3000 and random ports). */
export const PORTS = {
  next: 4101,
  bareNode: 4102,
  nginxStatic: 4103,
  nginxProxy: 4104,
  bareNext: 4105,
} as const

/** The server side runs on core 0, the load generator (autocannon, browsers) on core 1. */
export const SERVER_CPU = '0'
export const LOAD_CPU = '1'

export const log = (message: string) => console.error(`[bench] ${message}`)

/** Every command the run executes, in order, for RESULTS.md. */
export const commandsRun: string[] = []

/** Runs a command to completion with output on stderr; throws naming it on failure. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const printable = [command, ...args].join(' ')
  commandsRun.push(printable)
  log(`$ ${printable}`)
  execFileSync(command, args, { cwd: ROOT, env, stdio: ['ignore', process.stderr, process.stderr] })
}

/**
 * Like run(), but returns stdout (for commands whose answer we parse). `printable`: how the command
 * is listed in RESULTS.md when its exact arguments would be too long to read.
 */
export function capture(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  printable = [command, ...args].join(' '),
): string {
  commandsRun.push(printable)
  return execFileSync(command, args, {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', process.stderr],
    maxBuffer: 64 * 1024 * 1024,
  }).toString()
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export function writeFile(file: string, content: string | Buffer): string {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, content)
  return file
}
