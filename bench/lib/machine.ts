/** What the figures were measured on: the machine and every version that matters. */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ROOT } from './context'

/** A tool's version line (nginx prints it on stderr). */
export function versionOf(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8' })
  return `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n')[0] || 'not installed'
}

const packageVersion = (name: string) =>
  (
    JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string
    }
  ).version

export function describeMachine(): Record<string, string> {
  const cpus = os.cpus()
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).stdout.trim()
  const dirty = spawnSync('git', ['status', '--porcelain'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).stdout.trim()
    ? ' (with uncommitted changes)'
    : ''
  return {
    'CPU model': cpus[0]?.model ?? 'unknown',
    'Cores (logical)': String(cpus.length),
    RAM: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    'Load average at start (1/5/15 min)': os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(' / '),
    OS: `${os.type()} ${os.release()} (${os.arch()})`,
    Node: process.version,
    npm: versionOf('npm', ['-v']),
    Next: packageVersion('next'),
    Payload: packageVersion('payload'),
    autocannon: packageVersion('autocannon'),
    Lighthouse: packageVersion('lighthouse'),
    Chromium: versionOf('/usr/bin/chromium', ['--version']),
    nginx: versionOf('/usr/sbin/nginx', ['-v']),
    Commit: `${commit}${dirty}`,
    Date: new Date().toISOString(),
  }
}
