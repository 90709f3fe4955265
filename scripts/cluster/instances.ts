/**
 * The two app instances. Each runs `node server.mjs` (what `npm start` runs) from a folder of its
 * own holding a copy of the same build, as it would on its own machine: Next.js writes its page
 * cache into the build folder (`.next/server`) without locking or atomic renames, so two running
 * servers must not share one, and a rolling upgrade needs the instances' code apart anyway. The
 * folder links to everything else in the project (code, node_modules); `data/` is its own, and stays
 * empty when uploads go to the bucket.
 */
import fs from 'node:fs'
import path from 'node:path'

import { ROOT } from '../../tests/e2e/helpers'

import { request } from './http'
import { log, sleep } from './log'
import { startGroup, tail, type Group } from './processes'

/** Not linked into an instance's folder: its build (copied), its local data, and git's own. */
const OWN = new Set(['.next', 'data', '.git'])
/** Not copied with the build: Next's build cache (hundreds of MB) and pages cached by earlier runs. */
const NOT_COPIED = [path.join('.next', 'cache'), path.join('.next', 'server', 'route-cache')]

const READY_TIMEOUT_MS = 120_000

export type Instance = {
  name: 'A' | 'B'
  port: number
  baseURL: string
  folder: string
  group: Group
  outbox: string
}

/** `dir` made into an instance's folder: links to the project, and a copy of ROOT/.next. */
export function prepareFolder(dir: string): void {
  fs.mkdirSync(dir, { recursive: true })
  for (const entry of fs.readdirSync(ROOT)) {
    if (!OWN.has(entry)) fs.symlinkSync(path.join(ROOT, entry), path.join(dir, entry))
  }
  fs.cpSync(path.join(ROOT, '.next'), path.join(dir, '.next'), {
    recursive: true,
    // Turbopack's links to external packages (.next/node_modules) are relative: kept as they are.
    verbatimSymlinks: true,
    filter: (source) => !NOT_COPIED.some((skipped) => source === path.join(ROOT, skipped)),
  })
}

/** Starts the instance and waits until its /healthz and home page answer 200. */
export async function startInstance(
  name: Instance['name'],
  folder: string,
  port: number,
  env: NodeJS.ProcessEnv,
  outbox: string,
): Promise<Instance> {
  const logFile = path.join(path.dirname(folder), `instance-${name.toLowerCase()}.log`)
  // PORT and the mail outbox are all that differ between the instances (see env.ts).
  const group = startGroup(`instance ${name}`, 'node', ['server.mjs', '-H', '127.0.0.1'], {
    cwd: folder,
    env: { ...env, PORT: String(port), MAIL_OUTBOX: outbox },
    logFile,
  })
  const baseURL = `http://127.0.0.1:${port}`
  const started = Date.now()
  let last = 'no answer yet'
  while (Date.now() - started < READY_TIMEOUT_MS) {
    if (group.exited())
      throw new Error(
        `Instance ${name} exited (${group.exited()}) before answering:\n${tail(logFile)}`,
      )
    try {
      const health = await request(`${baseURL}/healthz`, { timeoutMs: 10_000 })
      const home =
        health.status === 200 ? await request(`${baseURL}/`, { timeoutMs: 30_000 }) : health
      if (home.status === 200) {
        log(
          `Instance ${name} ready at ${baseURL} after ${((Date.now() - started) / 1000).toFixed(1)} s`,
        )
        return { name, port, baseURL, folder, group, outbox }
      }
      last = `HTTP ${home.status}`
    } catch (error) {
      last = (error as Error).message
    }
    await sleep(500)
  }
  throw new Error(
    `Instance ${name} did not answer within ${READY_TIMEOUT_MS / 1000} s (last: ${last}):\n${tail(logFile)}`,
  )
}

/** Files the instance wrote to its own disk under UPLOAD_DIR: none, when uploads go to the bucket. */
export function localUploads(instance: Instance): string[] {
  const root = path.join(instance.folder, 'data', 'uploads')
  if (!fs.existsSync(root)) return []
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
}
