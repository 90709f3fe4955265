/**
 * Everything the check starts goes away however the check ends: each server runs in a process group
 * of its own (killed whole, with whatever it started), and the groups and temporary folders are
 * listed in a state file. On an ordinary end, a failure or an interrupt, the 'exit' handler below
 * kills the groups and removes the folders; if the check itself is SIGKILLed, guardian.mjs (started
 * detached) does the same once it sees the check's process gone.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ROOT } from '../../tests/e2e/helpers'

import { log, sleep } from './log'

export type Group = {
  name: string
  pid: number
  logFile: string
  /** How it ended ("code 0", "signal SIGKILL"), or null while it runs. */
  exited: () => string | null
  /** Resolves once it has exited. */
  done: Promise<void>
}

const groups = new Map<number, Group>()
const folders = new Set<string>()
let stateFile: string | undefined
const keepTemp = process.env.CLUSTER_KEEP_TEMP === '1'

function saveState(): void {
  if (!stateFile) return
  const state = { groups: [...groups.keys()], folders: keepTemp ? [] : [...folders] }
  fs.writeFileSync(`${stateFile}.part`, JSON.stringify(state))
  fs.renameSync(`${stateFile}.part`, stateFile)
}

const killGroupNow = (pid: number, signal: NodeJS.Signals) => {
  try {
    process.kill(-pid, signal)
  } catch {
    // Already gone.
  }
}

function cleanUpNow(): void {
  for (const pid of groups.keys()) killGroupNow(pid, 'SIGKILL')
  groups.clear()
  if (keepTemp && folders.size) log(`CLUSTER_KEEP_TEMP=1: kept ${[...folders].join(', ')}`)
  else for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true })
  folders.clear()
}

process.once('exit', cleanUpNow)
// An interrupt ends through process.exit(), so that the handler above runs.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping everything the check started`)
    process.exit(128 + os.constants.signals[signal])
  })
}

/** A temporary folder of the check's, removed at the end (kept with CLUSTER_KEEP_TEMP=1). */
export function temporaryFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'thinktank-cluster-'))
  folders.add(folder)
  if (!stateFile) {
    stateFile = path.join(folder, 'cleanup.json')
    saveState()
    const guardian = spawn(
      process.execPath,
      [path.join(ROOT, 'scripts', 'cluster', 'guardian.mjs'), String(process.pid), stateFile],
      { detached: true, stdio: 'ignore' },
    )
    guardian.unref()
  } else saveState()
  return folder
}

/** Starts `command` in a process group of its own, its output appended to `logFile`. */
export function startGroup(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): Group {
  const logFd = fs.openSync(options.logFile, 'a')
  const child: ChildProcess = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', logFd, logFd],
    detached: true,
  })
  fs.closeSync(logFd)
  if (!child.pid) throw new Error(`Could not start ${name}: ${command} ${args.join(' ')}`)
  let exit: string | null = null
  const pid = child.pid
  const done = new Promise<void>((resolve) => {
    child.on('exit', (code, signal) => {
      exit = signal ? `signal ${signal}` : `code ${code}`
      resolve()
    })
    child.on('error', (error) => {
      exit = `spawn error: ${error.message}`
      resolve()
    })
  })
  const group: Group = { name, pid, logFile: options.logFile, exited: () => exit, done }
  groups.set(pid, group)
  saveState()
  return group
}

/** SIGKILL to the whole group, at once: the crash the failover check simulates. */
export function killGroup(group: Group): void {
  killGroupNow(group.pid, 'SIGKILL')
}

/** SIGTERM to the group (servers finish their requests), SIGKILL if it is still there after `graceMs`. */
export async function stopGroup(group: Group, graceMs = 10_000): Promise<void> {
  if (!group.exited()) {
    killGroupNow(group.pid, 'SIGTERM')
    await Promise.race([group.done, sleep(graceMs)])
    // The leader may be gone while a child of its group lingers: the group is killed either way.
    killGroupNow(group.pid, 'SIGKILL')
  }
  groups.delete(group.pid)
  saveState()
}

/** Runs a command to completion in its own group; rejects on failure or at the deadline (then killed). */
export async function runGroup(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; timeoutMs: number },
): Promise<void> {
  const group = startGroup(name, command, args, options)
  const timedOut = await Promise.race([
    group.done.then(() => false),
    sleep(options.timeoutMs).then(() => true),
  ])
  await stopGroup(group, 0)
  if (timedOut || group.exited() !== 'code 0')
    throw new Error(
      `${name} ${timedOut ? `did not finish within ${options.timeoutMs / 1000} s` : `ended with ${group.exited()}`}; its log (${options.logFile}) ends:\n${tail(options.logFile)}`,
    )
}

export function tail(file: string, lines = 40): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n')
  } catch {
    return '(no log)'
  }
}
