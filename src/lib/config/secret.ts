import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { makePrivateFolder } from '../privateFiles'

const SECRET_FILE = 'payload-secret'

/**
 * PAYLOAD_SECRET signs sessions. A fixed default in the repository would let anyone forge logins,
 * so when none is configured we generate one on first start and keep it (0600) beside the data.
 */
export function resolvePayloadSecret(
  env: NodeJS.ProcessEnv = process.env,
  dataDir = path.resolve(process.cwd(), 'data'),
): string {
  const configured = env.PAYLOAD_SECRET?.trim()
  if (configured) return configured

  const file = path.join(dataDir, SECRET_FILE)
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }

  makePrivateFolder(dataDir)
  const secret = crypto.randomBytes(32).toString('hex')
  try {
    // 'wx' fails if another process won the race; then we read what it wrote.
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      return fs.readFileSync(file, 'utf8').trim()
    throw error
  }
  console.info(
    `[secret] PAYLOAD_SECRET is not set: generated a random one and stored it in ${file} (mode 0600).`,
  )
  return secret
}
