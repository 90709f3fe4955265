/**
 * `npm test`: the type check, then the integration suite (vitest) and the browser suite
 * (Playwright) on each engine: SQLite (temporary files), then PostgreSQL (a throw-away cluster
 * this script starts and removes, or the server in TEST_POSTGRES_URI). Every test file or browser
 * run gets a fresh database of its own on that server.
 *
 * - TEST_DATABASE_URI=mongodb://… (or any one server) runs both suites on that engine only.
 * - Without PostgreSQL server binaries the PostgreSQL half cannot run: it says so plainly and how
 *   to install them; under CI (CI set) that is a failure, never a silent skip.
 * - TEST_ENGINES=sqlite (or postgres) runs one half only, for quick local iteration.
 */
import { spawnSync } from 'node:child_process'

import { INSTALL_HINT, startThrowawayPostgres, stopOnExit } from './throwaway-postgres.mjs'

const started = Date.now()
const minutes = () => `${((Date.now() - started) / 60_000).toFixed(1)} min`
const log = (message) => console.info(`\n[test] ${message}`)

function step(label, command, args, env = {}) {
  log(`${label}: ${[command, ...args].join(' ')}  (${minutes()} so far)`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) {
    log(`FAILED: ${label} (exit ${result.status ?? result.signal}) after ${minutes()}`)
    process.exit(result.status || 1)
  }
}

function suites(engine, env) {
  step(`integration suite on ${engine}`, 'npx', ['vitest', 'run'], env)
  step(`browser suite on ${engine}`, 'npx', ['playwright', 'test'], env)
}

step('type check', 'npx', ['tsc', '--noEmit'])
step('lint and formatting', 'npm', ['run', '--silent', 'lint'])

if (process.env.TEST_DATABASE_URI) {
  suites(process.env.TEST_DATABASE_URI.split(':')[0], {})
} else {
  const engines = (process.env.TEST_ENGINES || 'sqlite,postgres').split(',')
  if (engines.includes('sqlite')) suites('SQLite', { TEST_DATABASE_URI: '' })
  if (engines.includes('postgres')) {
    let server = process.env.TEST_POSTGRES_URI
    if (!server) {
      const cluster = await startThrowawayPostgres()
      if (!cluster) {
        const message = `The PostgreSQL half of the tests DID NOT RUN: no PostgreSQL server binaries (initdb, pg_ctl) on this machine. ${INSTALL_HINT}`
        if (process.env.CI) {
          log(`FAILED: ${message}`)
          process.exit(1)
        }
        log(`WARNING: ${message}`)
        process.exit(0)
      }
      stopOnExit(cluster.stop)
      server = cluster.uri
      log(`Throw-away PostgreSQL cluster at ${server}`)
    }
    suites('PostgreSQL', { TEST_DATABASE_URI: server })
  }
}
log(`All suites passed in ${minutes()}.`)
