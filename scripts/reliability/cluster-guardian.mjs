/**
 * Stops and removes a throw-away PostgreSQL cluster once the process that started it is gone, however
 * it ended: SIGKILL, or killed by tsx's signal relay while blocked in a synchronous call (`next
 * build`), when its own exit handlers never run. Started detached by engine.ts; does nothing if the
 * cluster was already stopped and removed (the ordinary end). Plain Node: it must never hang.
 *
 *   node scripts/reliability/cluster-guardian.mjs <pid> <cluster data folder>
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { postgresBinaries } from '../test/throwaway-postgres.mjs'

const [pid, data] = [Number(process.argv[2]), process.argv[3]]
const folder = path.dirname(data ?? '')
// Only ever a folder startThrowawayPostgres() made (os.tmpdir()/thinktank-pg-XXXXXX/data).
if (
  !Number.isInteger(pid) ||
  !data ||
  path.basename(data) !== 'data' ||
  !path.basename(folder).startsWith('thinktank-pg-')
)
  process.exit(2)

const alive = () => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code === 'EPERM'
  }
}

function cleanUp() {
  const bin = postgresBinaries()
  if (bin && fs.existsSync(path.join(data, 'postmaster.pid'))) {
    // As in throwaway-postgres.mjs: PostgreSQL refuses to run as root, so its tools run as `postgres`.
    const pgCtl = path.join(bin, 'pg_ctl')
    const args = ['-D', data, '-m', 'immediate', '-w', 'stop']
    const [command, commandArgs] =
      process.getuid?.() === 0
        ? ['runuser', ['-u', 'postgres', '--', pgCtl, ...args]]
        : [pgCtl, args]
    try {
      execFileSync(command, commandArgs, { stdio: 'ignore', timeout: 60_000 })
    } catch {
      // Stopped meanwhile.
    }
  }
  fs.rmSync(folder, { recursive: true, force: true })
}

const timer = setInterval(() => {
  if (alive()) return
  clearInterval(timer)
  if (fs.existsSync(folder)) cleanUp()
}, 1000)
