/** After all tests: stop the server's process group and delete the temporary folder. */
import fs from 'node:fs'

import { dropDatabase } from '@/lib/database'

import { serverMarker, stopServer } from './global-setup'
import { readState } from './helpers'

export default async function globalTeardown(): Promise<void> {
  // Set only by a global setup that succeeded in this process: never act on a stale state file.
  if (!process.env.E2E_STATE_FILE) return
  const state = readState()
  await stopServer(state.pid)
  serverMarker.pid = undefined
  if (process.env.E2E_KEEP_TEMP === '1') {
    console.info(`[e2e] Kept ${state.tempDir} (E2E_KEEP_TEMP=1); server log: ${state.logFile}`)
  } else {
    await dropDatabase(state.databaseUri)
    fs.rmSync(state.tempDir, { recursive: true, force: true })
  }
  fs.rmSync(process.env.E2E_STATE_FILE, { force: true })
  delete process.env.E2E_STATE_FILE
  delete process.env.E2E_BASE_URL
}
