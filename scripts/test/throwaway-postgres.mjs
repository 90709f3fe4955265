/**
 * A throw-away PostgreSQL cluster for the test command: `initdb` in a temporary folder, `pg_ctl`
 * on a free loopback port, stopped and removed when the tests end (also when they fail or are
 * interrupted). Plain Node (no tsx): it runs before anything else and must never hang.
 *
 *   node scripts/test/throwaway-postgres.mjs <command…>   runs the command with TEST_POSTGRES_URI set
 */
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const DEBIAN_ROOT = '/usr/lib/postgresql'

/** The folder of `initdb` and `pg_ctl`: PG_BIN_DIR, Debian's newest server, or the PATH; null if none. */
export function postgresBinaries() {
  const candidates = []
  if (process.env.PG_BIN_DIR) candidates.push(process.env.PG_BIN_DIR)
  if (fs.existsSync(DEBIAN_ROOT)) {
    for (const version of fs.readdirSync(DEBIAN_ROOT).sort((a, b) => Number(b) - Number(a)))
      candidates.push(path.join(DEBIAN_ROOT, version, 'bin'))
  }
  for (const folder of (process.env.PATH ?? '').split(':')) candidates.push(folder)
  return (
    candidates.find(
      (folder) =>
        fs.existsSync(path.join(folder, 'initdb')) && fs.existsSync(path.join(folder, 'pg_ctl')),
    ) ?? null
  )
}

export const INSTALL_HINT =
  'Install the PostgreSQL server (Debian/Ubuntu: `apt-get install -y postgresql`), or set TEST_POSTGRES_URI to a server the tests may create databases on.'

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/** PostgreSQL refuses to run as root: as root, run its tools as the `postgres` system user. */
function asServerUser(binary, args, options = {}) {
  const isRoot = process.getuid?.() === 0
  const [command, commandArgs] = isRoot
    ? ['runuser', ['-u', 'postgres', '--', binary, ...args]]
    : [binary, args]
  return execFileSync(command, commandArgs, {
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
    ...options,
  })
}

/** Starts a cluster; returns its address and a stop function that also deletes its folder. */
export async function startThrowawayPostgres() {
  const bin = postgresBinaries()
  if (!bin) return null
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thinktank-pg-'))
  const data = path.join(dir, 'data')
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dir])
  const port = await freePort()
  const log = path.join(dir, 'server.log')
  let started = false
  const stop = () => {
    if (started) {
      try {
        asServerUser(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'])
      } catch {
        // Already stopped.
      }
      started = false
    }
    fs.rmSync(dir, { recursive: true, force: true })
  }
  try {
    asServerUser(path.join(bin, 'initdb'), [
      '-D',
      data,
      '-A',
      'trust',
      '-U',
      'postgres',
      '--no-sync',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
    ])
    // Durability is pointless for a cluster deleted after the run; it roughly halves write latency.
    const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`
    asServerUser(path.join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-o',
      settings,
      '-l',
      log,
      '-w',
      '-t',
      '60',
      'start',
    ])
    started = true
  } catch (error) {
    const logText = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').slice(-2000) : ''
    stop()
    throw new Error(
      `Could not start a throw-away PostgreSQL from ${bin}: ${error.message}\n${error.stderr ?? ''}${logText}`,
    )
  }
  return { uri: `postgres://postgres@127.0.0.1:${port}/postgres`, stop }
}

/** Stops the cluster on every way out of this process. */
export function stopOnExit(stop) {
  process.once('exit', stop)
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      stop()
      process.exit(128 + os.constants.signals[signal])
    })
  }
}

async function main() {
  const command = process.argv.slice(2)
  if (!command.length) throw new Error('Usage: node scripts/test/throwaway-postgres.mjs <command…>')
  const cluster = await startThrowawayPostgres()
  if (!cluster)
    throw new Error(`No PostgreSQL server binaries (initdb, pg_ctl) found. ${INSTALL_HINT}`)
  stopOnExit(cluster.stop)
  console.info(`[postgres] Throw-away cluster at ${cluster.uri}`)
  const child = spawn(command[0], command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, TEST_POSTGRES_URI: cluster.uri },
  })
  child.on('exit', (code, signal) => {
    cluster.stop()
    process.exit(code ?? 128 + (os.constants.signals[signal] ?? 0))
  })
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`[postgres] ${error.message}`)
    process.exit(1)
  })
}
