/**
 * The scripts' figures: each run saves its own as JSON (scripts/reliability/results/<script>-<engine>.json,
 * committed with the document), then rewrites its section of docs/reliability.md from the saved
 * runs of every engine, side by side. The other sections are kept.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ROOT } from '../../tests/e2e/helpers'

import { ENGINE_LABEL, ENGINES, type EngineChoice, type EngineServer } from './engine'

const DOC = path.join(ROOT, 'docs', 'reliability.md')
export const RESULTS_DIR = path.join(ROOT, 'scripts', 'reliability', 'results')

/** What every saved run records about itself. */
export type RunInfo = {
  engine: EngineChoice
  /** The exact command, settings included, to run it again. */
  command: string
  date: string
  machine: string
  /** Where the site's database was, and the server's settings that bear on the figures. */
  database: string
  passed: boolean
}

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

/** Adds `heading` at the end of the document if it has no such section yet (for writeSection). */
export function ensureSection(heading: string): void {
  const text = fs.readFileSync(DOC, 'utf8')
  if (text.includes(`${heading}\n`)) return
  fs.writeFileSync(DOC, `${text.trimEnd()}\n\n${heading}\n`)
}

const resultsFile = (script: string, engine: EngineChoice) =>
  path.join(RESULTS_DIR, `${script}-${engine}.json`)

/** Saves this run's figures, replacing the last run of the same script on the same engine; returns the file. */
export function saveRun<T extends RunInfo>(script: string, run: T): string {
  const file = resultsFile(script, run.engine)
  fs.mkdirSync(RESULTS_DIR, { recursive: true })
  fs.writeFileSync(file, `${JSON.stringify(run, null, 2)}\n`)
  return file
}

/** The last saved run of `script` on each engine that has one, SQLite first. */
export function savedRuns<T extends RunInfo>(script: string): T[] {
  return ENGINES.map((engine) => resultsFile(script, engine))
    .filter((file) => fs.existsSync(file))
    .map((file) => JSON.parse(fs.readFileSync(file, 'utf8')) as T)
}

/** A table with one column per engine's run: `rows` are [label, value of each run]. */
export function sideBySide<T extends RunInfo>(
  runs: T[],
  rows: [string, (run: T) => string | number][],
): string {
  return [
    `| | ${runs.map((run) => ENGINE_LABEL[run.engine]).join(' | ')} |`,
    `|---|${runs.map(() => '---').join('|')}|`,
    ...rows.map(
      ([label, value]) => `| ${label} | ${runs.map((run) => String(value(run))).join(' | ')} |`,
    ),
  ].join('\n')
}

/** The machine the figures come from: they mean little without it. */
export function machine(): string {
  const load = os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ')
  return `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), load average before the run ${load} (1/5/15 min), Node ${process.version}`
}

/** The site's database, as a reader of the figures needs to know it. */
export function databaseOf(engine: EngineServer): string {
  if (engine.engine === 'sqlite') return 'a temporary SQLite file (WAL, `synchronous=FULL`)'
  const server = engine.throwawayPort
    ? `a throw-away ${engine.version ?? 'PostgreSQL'} cluster${engine.settings ? ` (${engine.settings})` : ''}`
    : engine.description
  return `a fresh PostgreSQL database on ${server.replace(/^a fresh database on /, '')}`
}

export const ms = (value: number) => `${Math.round(value)} ms`
export const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`
export const today = () => new Date().toISOString().slice(0, 10)

/** The exact command of this run, with the RELIABILITY_* settings it was given and its engine. */
export function command(script: string, engine: EngineServer): string {
  const settings = Object.entries(process.env)
    .filter(([name]) => name.startsWith('RELIABILITY_'))
    .map(([name, value]) => `${name}=${value} `)
  return `${engine.commandPrefix}${settings.join('')}npm run ${script} -- --engine=${engine.engine}`
}
