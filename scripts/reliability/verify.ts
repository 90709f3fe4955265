/**
 * What the database and the upload folder hold after the load, read beside the running server
 * (through Payload's Local API, localApi.ts) and compared with what the client was told.
 */
import fs from 'node:fs'
import path from 'node:path'

import { databaseIntegrity } from '@/lib/database'

import { storedRows } from './localApi'
import type { Site } from './site'
import type { WriteOutcome } from './writes'

export type Stored = {
  /** How many rows carry each marker, comments and submissions together. */
  rowsPerMarker: Map<string, number>
  /** The file name of every submission record (seeded ones too: their files share the folder). */
  submissionFiles: (string | null)[]
}

/** The marker a stored e-mail or an uploaded file's name carries (see writes.ts), if any. */
export const markerIn = (text: string) => text.match(/rel-[a-z0-9]+-\d+-\d+/)?.[0]

export async function readStored(site: Site): Promise<Stored> {
  const { commentEmails, submissions } = await storedRows(site)
  const rowsPerMarker = new Map<string, number>()
  for (const email of [...commentEmails, ...submissions.map((submission) => submission.email)]) {
    const marker = markerIn(String(email))
    if (marker) rowsPerMarker.set(marker, (rowsPerMarker.get(marker) ?? 0) + 1)
  }
  return {
    rowsPerMarker,
    submissionFiles: submissions.map((submission) => submission.filename || null),
  }
}

/**
 * The engine's own consistency check (SQLite's `PRAGMA integrity_check`, PostgreSQL's amcheck on
 * every B-tree index): 'ok', possibly with a remark after it, or what is wrong.
 */
export const integrityCheck = (site: Site): Promise<string> => databaseIntegrity(site.databaseUrl)

/** Whether integrityCheck() found nothing wrong ("ok", or "ok (…)" with a remark such as "indexes not checked"). */
export const integrityOk = (result: string) => result === 'ok' || result.startsWith('ok (')

/** Acknowledged (2xx) writes against the rows found: each must be there exactly once. */
export function compareWrites(outcomes: WriteOutcome[], stored: Stored) {
  const acknowledged = outcomes.filter(({ status }) => status >= 200 && status < 300)
  const missing = acknowledged
    .filter(({ marker }) => !stored.rowsPerMarker.has(marker))
    .map(({ marker }) => marker)
  // Any marker stored twice is a duplicate, acknowledged or not (a retried or replayed write).
  const duplicates = [...stored.rowsPerMarker]
    .filter(([, rows]) => rows > 1)
    .map(([marker]) => marker)
  const unacknowledgedStored = outcomes.filter(
    ({ status, marker }) => !(status >= 200 && status < 300) && stored.rowsPerMarker.has(marker),
  ).length
  return {
    acknowledged: acknowledged.length,
    found: acknowledged.length - missing.length,
    missing,
    duplicates,
    unacknowledgedStored,
  }
}

/** Files in UPLOAD_DIR/submissions against the submission records' file names. */
export function compareFiles(uploadDir: string, stored: Stored) {
  const folder = path.join(uploadDir, 'submissions')
  const onDisk = new Set(fs.existsSync(folder) ? fs.readdirSync(folder) : [])
  const recorded = new Set(stored.submissionFiles.filter((name): name is string => name !== null))
  return {
    records: stored.submissionFiles.length,
    files: onDisk.size,
    recordsWithoutFile: stored.submissionFiles.filter((name) => name === null || !onDisk.has(name))
      .length,
    orphanFiles: [...onDisk].filter((name) => !recorded.has(name)),
  }
}
