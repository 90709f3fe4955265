/**
 * Work on the site's database through Payload (scripts/reliability/payloadTask.ts), in a child
 * process with the site's tool environment: engine-agnostic, and beside a running server (WAL on
 * SQLite, ordinary concurrent reads on PostgreSQL).
 */
import fs from 'node:fs'
import path from 'node:path'

import { log } from './log'
import type { Task } from './payloadTask'
import type { Site } from './site'
import { runScriptWatched } from './watched'

/** An article as the site's routes and REST API name it; its id is opaque (a number on SQLite, a uuid on PostgreSQL). */
export type ArticleTarget = { id: string | number; path: string }
export type StoredRows = {
  commentEmails: string[]
  submissions: { email: string; filename: string | null }[]
}

/**
 * A task that uses (almost) no CPU for this long has stalled: a task takes a few seconds, nearly
 * all of it loading Payload on the CPU, while a finished task whose database pool keeps it from
 * exiting uses none.
 */
const STALL_MS = 20_000

/** payloadTask.ts's answer to `task`; fails if the task failed, stalled or exited without writing it. */
export async function payloadTask<T>(
  site: Pick<Site, 'tempDir' | 'toolEnv'>,
  task: Task,
): Promise<T> {
  const outFile = path.join(site.tempDir, `task-${task}.json`)
  fs.rmSync(outFile, { force: true })
  await runScriptWatched(
    ['scripts/reliability/payloadTask.ts', task, outFile],
    () => fs.existsSync(outFile),
    {
      env: site.toolEnv,
      stallMs: STALL_MS,
      log,
    },
  )
  return JSON.parse(fs.readFileSync(outFile, 'utf8')) as T
}

/** The first published article that takes comments: the comments' target and the probed page. */
export const firstArticle = (site: Site) => payloadTask<ArticleTarget>(site, 'article')

/** Every comment's e-mail and every submission's e-mail and file name. */
export const storedRows = (site: Site) => payloadTask<StoredRows>(site, 'stored')
