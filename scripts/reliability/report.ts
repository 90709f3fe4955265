/** Writes a script's figures into its section of docs/reliability.md, keeping the other sections. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ROOT } from '../../tests/e2e/helpers'

const DOC = path.join(ROOT, 'docs', 'reliability.md')

/** Replaces the section from `heading` up to the next `## ` heading (the heading line is kept). */
export function writeSection(heading: string, body: string): void {
  const text = fs.readFileSync(DOC, 'utf8')
  const start = text.indexOf(`${heading}\n`)
  if (start < 0) throw new Error(`[reliability] "${heading}" not found in ${DOC}`)
  const afterHeading = start + heading.length + 1
  const next = text.indexOf('\n## ', afterHeading)
  const end = next < 0 ? text.length : next + 1
  fs.writeFileSync(DOC, `${text.slice(0, afterHeading)}\n${body.trim()}\n\n${text.slice(end)}`)
}

/** The machine the figures come from: they mean little without it. */
export function machine(): string {
  const load = os.loadavg().map((value) => value.toFixed(2)).join(' / ')
  return `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), load average before the run ${load} (1/5/15 min), Node ${process.version}`
}

export const ms = (value: number) => `${Math.round(value)} ms`
export const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`
export const today = () => new Date().toISOString().slice(0, 10)

/** The exact command of this run, with the RELIABILITY_* settings it was given. */
export function command(script: string): string {
  const settings = Object.entries(process.env)
    .filter(([name]) => name.startsWith('RELIABILITY_'))
    .map(([name, value]) => `${name}=${value} `)
  return `\`${settings.join('')}npm run ${script}\``
}
