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

/** A freshly published article (payloadTask.ts `publish`); publishedAt in epoch milliseconds. */
export type PublishedArticle = {
  id: string | number
  title: string
  publishedAt: number
  mailing: string | number
}

/** An article's mailing record and its deliveries (payloadTask.ts `mailing`). */
export type MailingState = {
  mailing: {
    id: string | number
    status: string | null
    recipients: number | null
    sent: number | null
    failed: number | null
    unconfirmed: number | null
    startedAt: string | null
    finishedAt: string | null
    heartbeatAt: string | null
  }
  /** Delivery rows of the mailing, all statuses. */
  deliveries: number
  statuses: Record<string, number>
  /** The subscribers' addresses of the deliveries not sent, by status. */
  notSent: Record<string, string[]>
  /** Every subscriber's address. */
  subscriberEmails: string[]
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
  args: string[] = [],
): Promise<T> {
  const outFile = path.join(site.tempDir, `task-${task}.json`)
  fs.rmSync(outFile, { force: true })
  await runScriptWatched(
    ['scripts/reliability/payloadTask.ts', task, outFile, ...args],
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

/** Adds `count` confirmed subscribers to every publication, reader-<n>@`domain`. */
export const addSubscribers = (site: Site, count: number, domain: string) =>
  payloadTask<{ created: number; total: number }>(site, 'subscribers', [String(count), domain])

/** Publishes a new article titled `title`, which queues its mailing. */
export const publishArticle = (site: Site, title: string) =>
  payloadTask<PublishedArticle>(site, 'publish', [title])

/** The mailing of an article, and its deliveries. */
export const mailingState = (site: Site, article: PublishedArticle['id']) =>
  payloadTask<MailingState>(site, 'mailing', [String(article)])
