/**
 * Redirects from a CSV file (a migrated site's old addresses): two columns, `from,to`, an optional
 * header row, comma-separated. Every row is checked, against the database and against the other
 * rows (a chain inside the file is a chain too), before anything is stored: a file with one bad
 * row stores nothing, and the answer names every bad row by its line and column.
 */
import { CsvError, parse } from 'csv-parse/sync'
import type { PayloadRequest } from 'payload'

import { parseSitePath } from '@/lib/redirects/paths'
import { loadRedirects, type RedirectLeg } from '@/lib/redirects/targets'

import { asLeg, liveAddresses } from './graph'
import { fromProblem, toProblem, type Leg, type RedirectGraph } from './rules'

export const CSV_MAX_BYTES = 1024 * 1024
export const CSV_MAX_ROWS = 5000

/**
 * Set in `req.context` while an import stores the rows it checked: each row was checked against
 * the database and the whole file at once, so the per-save checks and the per-save refresh of
 * the site (once for the whole file instead) are skipped.
 */
export const CHECKED_WITH_THEIR_FILE = 'redirectsCheckedWithTheirFile'

export const checkedWithTheirFile = (req: PayloadRequest) =>
  req.context[CHECKED_WITH_THEIR_FILE] === true

export type CsvProblem = { line: number; field: 'from' | 'to' | 'file'; message: string }
export type CsvRedirect = { line: number; from: string; to: string }

const HEADER = ['from', 'to']

/** The file's rows as text, or what keeps it from being read as `from,to` rows. */
function readRows(text: string): { rows: CsvRedirect[] } | { problems: CsvProblem[] } {
  let records: { record: string[]; info: { lines: number } }[]
  try {
    // With `info`, each record comes with where it ends (csv-parse's types leave that out).
    records = parse(text, {
      info: true,
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as typeof records
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    const line = typeof error.lines === 'number' ? error.lines : 1
    return {
      problems: [{ line, field: 'file', message: `This is not valid CSV: ${error.message}` }],
    }
  }
  const [first] = records
  if (first && first.record.map((cell) => cell.toLowerCase()).join() === HEADER.join())
    records.shift()
  if (records.length > CSV_MAX_ROWS)
    return {
      problems: [
        {
          line: records[CSV_MAX_ROWS]!.info.lines,
          field: 'file',
          message: `A file can hold at most ${CSV_MAX_ROWS} redirects: split it.`,
        },
      ],
    }
  const problems: CsvProblem[] = []
  const rows: CsvRedirect[] = []
  for (const { record, info } of records) {
    if (record.length === 2) rows.push({ line: info.lines, from: record[0]!, to: record[1]! })
    else
      problems.push({
        line: info.lines,
        field: 'file',
        message: `Give two columns, from,to (this row has ${record.length}).`,
      })
  }
  return problems.length ? { problems } : { rows }
}

/** Where each path is the start (or the end) of a redirect: the database's first, then the file's. */
function index(existing: RedirectLeg[], rows: CsvRedirect[]) {
  const starts = new Map<string, Leg[]>()
  const ends = new Map<string, Leg[]>()
  const add = (map: Map<string, Leg[]>, key: string, leg: Leg) =>
    map.set(key, [...(map.get(key) ?? []), leg])
  for (const redirect of existing) {
    add(starts, redirect.from, asLeg(redirect))
    if (redirect.byPath && redirect.target) add(ends, redirect.target, asLeg(redirect))
  }
  for (const row of rows) {
    add(starts, row.from, row)
    add(ends, row.to, row)
  }
  return { starts, ends }
}

/** The rules' view for one row: the database and every other row of the file. */
function graphFor(row: CsvRedirect, known: ReturnType<typeof index>, live: Set<string>) {
  const other = (legs: Leg[] | undefined) => legs?.find((leg) => leg !== row)
  return {
    startingAt: async (path) => other(known.starts.get(path)),
    endingAt: async (path) => other(known.ends.get(path)),
    isLive: async (path) => live.has(path),
  } satisfies RedirectGraph
}

/**
 * The redirects a CSV file asks for, each checked by the rules a single save is checked by; or
 * every problem found, by line. Reads as the editor importing (their request, their access).
 */
export async function checkCsv(
  req: PayloadRequest,
  text: string,
): Promise<{ redirects: CsvRedirect[] } | { problems: CsvProblem[] }> {
  const read = readRows(text)
  if ('problems' in read) return read
  if (!read.rows.length)
    return { problems: [{ line: 1, field: 'file', message: 'The file has no redirects.' }] }
  const problems: CsvProblem[] = []
  const redirects: CsvRedirect[] = []
  for (const { line, from, to } of read.rows) {
    const paths = { from: parseSitePath(from), to: parseSitePath(to) }
    for (const field of ['from', 'to'] as const) {
      const parsed = paths[field]
      if ('error' in parsed) problems.push({ line, field, message: parsed.error })
    }
    if ('path' in paths.from && 'path' in paths.to)
      redirects.push({ line, from: paths.from.path, to: paths.to.path })
  }
  const [existing, live] = await Promise.all([
    loadRedirects(req.payload, req),
    liveAddresses(
      req,
      redirects.map((row) => row.from),
    ),
  ])
  const known = index(existing, redirects)
  for (const row of redirects) {
    const graph = graphFor(row, known, live)
    const fromMessage = await fromProblem(row.from, graph)
    if (fromMessage) problems.push({ line: row.line, field: 'from', message: fromMessage })
    const toMessage = await toProblem(row.to, row.from, graph)
    if (toMessage) problems.push({ line: row.line, field: 'to', message: toMessage })
  }
  problems.sort((a, b) => a.line - b.line)
  return problems.length ? { problems } : { redirects }
}
