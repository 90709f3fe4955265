/**
 * The cluster check's backstop: once the check's process is gone, however it ended (SIGKILL
 * included, when its own exit handler never ran), kills the process groups and removes the folders
 * listed in its state file (scripts/cluster/processes.ts keeps it current). Does nothing when the
 * check cleaned up itself (the file is gone with its folder). Plain Node: it must never hang.
 *
 *   node scripts/cluster/guardian.mjs <pid of the check> <state file>
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const [pid, stateFile] = [Number(process.argv[2]), process.argv[3]]
/** Only ever a folder the check made: os.tmpdir()/thinktank-cluster-XXXXXX. */
const isCheckFolder = (folder) =>
  path.dirname(folder) === os.tmpdir() && path.basename(folder).startsWith('thinktank-cluster-')
if (!Number.isInteger(pid) || !stateFile || !isCheckFolder(path.dirname(stateFile))) process.exit(2)

const alive = () => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code === 'EPERM'
  }
}

function cleanUp() {
  let state
  try {
    state = JSON.parse(fs.readFileSync(stateFile, 'utf8'))
  } catch {
    return
  }
  for (const group of state.groups ?? []) {
    try {
      process.kill(-group, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
  for (const folder of (state.folders ?? []).filter(isCheckFolder))
    fs.rmSync(folder, { recursive: true, force: true })
}

const timer = setInterval(() => {
  if (alive()) return
  clearInterval(timer)
  cleanUp()
}, 1000)
