/**
 * One task on the site's database through Payload (Local API and the database seam), whatever the
 * engine, with the site's tool environment (DATABASE_URI and the rest); writes its answer as JSON
 * to the file named last. Run by localApi.ts in a process of its own, which it can watch and kill.
 *
 *   node --conditions=development scripts/run-ts.mjs scripts/reliability/payloadTask.ts <task> <out.json> [arguments]
 *
 * - migrate: applies the committed migrations that are missing (creating the database if needed): `{ migrated: true }`.
 * - article: the first published article that takes comments: `{ id, path }` (the comments'
 *   target and the probed page).
 * - stored: `{ commentEmails, submissions: [{ email, filename }] }`, every comment and submission.
 * - subscribers <count> <domain>: adds `count` confirmed subscribers (every publication, everything)
 *   named reader-<n>@<domain>: `{ created, total }`.
 * - publish <title>: a new draft article, then published (the save that mails it): `{ id, title,
 *   publishedAt, mailing }`, publishedAt the epoch milliseconds just before the publishing save.
 * - mailing <article id>: that article's mailing record and its deliveries: see MailingState.
 */
import fs from 'node:fs'

import type { Payload } from 'payload'

import { richText } from '../../tests/helpers/fixtures'

import type { ArticleTarget, MailingState, PublishedArticle, StoredRows } from './localApi'

const CLOSE_TIMEOUT_MS = 5_000

export const TASKS = ['migrate', 'article', 'stored', 'subscribers', 'publish', 'mailing'] as const
export type Task = (typeof TASKS)[number]

async function firstArticle(payload: Payload): Promise<ArticleTarget> {
  const { docs } = await payload.find({
    collection: 'articles',
    locale: 'en',
    where: { and: [{ _status: { equals: 'published' } }, { commentsEnabled: { equals: true } }] },
    // The oldest: the same article on every engine for the same seed (ids are opaque, not ordered).
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    select: { slug: true },
  })
  const [article] = docs
  if (!article) throw new Error('The seed left no published article that takes comments')
  return { id: article.id, path: `/en/articles/${article.slug}` }
}

async function storedRows(payload: Payload): Promise<StoredRows> {
  const [comments, submissions] = await Promise.all([
    payload.find({
      collection: 'comments',
      limit: 0,
      pagination: false,
      depth: 0,
      select: { authorEmail: true },
    }),
    payload.find({
      collection: 'submissions',
      limit: 0,
      pagination: false,
      depth: 0,
      select: { email: true, filename: true },
    }),
  ])
  return {
    commentEmails: comments.docs.map((comment) => comment.authorEmail),
    submissions: submissions.docs.map((submission) => ({
      email: submission.email,
      filename: submission.filename ?? null,
    })),
  }
}

/** Subscribers stored per transaction: one commit (one fsync on SQLite) per batch, not per row. */
const SUBSCRIBER_BATCH = 500

/**
 * Confirmed subscribers as a confirmed request leaves them, written through the adapter in
 * batches: real rows of the collection, without a request, a mail and a confirmation each.
 */
async function addSubscribers(payload: Payload, count: number, domain: string) {
  const now = new Date().toISOString()
  for (let first = 0; first < count; first += SUBSCRIBER_BATCH) {
    const transactionID = (await payload.db.beginTransaction()) ?? undefined
    const req = { transactionID, payload } as never
    try {
      for (let n = first; n < Math.min(count, first + SUBSCRIBER_BATCH); n++) {
        await payload.db.create({
          collection: 'subscribers',
          data: {
            email: `reader-${String(n).padStart(5, '0')}@${domain}`,
            locale: 'en',
            frequency: 'each',
            scope: 'all',
            consent: { requestedAt: now, confirmedAt: now, text: 'Reliability check' },
          },
          req,
          returning: false,
        })
      }
      if (transactionID) await payload.db.commitTransaction(transactionID)
    } catch (error) {
      if (transactionID) await payload.db.rollbackTransaction(transactionID)
      throw error
    }
  }
  const { totalDocs } = await payload.count({ collection: 'subscribers' })
  return { created: count, total: totalDocs }
}

/** A new article by the first author, saved as a draft and then published, as an editor would. */
async function publishArticle(payload: Payload, title: string): Promise<PublishedArticle> {
  const { docs: authors } = await payload.find({
    collection: 'authors',
    sort: 'createdAt',
    limit: 1,
    depth: 0,
  })
  if (!authors[0]) throw new Error('The seed left no author')
  const draft = await payload.create({
    collection: 'articles',
    draft: true,
    data: {
      title,
      standfirst: 'A standfirst for the mailing check.',
      body: richText('The body of the mailing check.'),
      kind: 'analysis',
      reviewState: 'none',
      authors: [authors[0].id],
      _status: 'draft',
    },
  })
  const publishedAt = Date.now()
  await payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' } })
  const { docs } = await payload.find({
    collection: 'mailings',
    where: { article: { equals: draft.id } },
    depth: 0,
    limit: 1,
  })
  if (!docs[0]) throw new Error(`Publishing "${title}" queued no mailing`)
  return { id: draft.id, title, publishedAt, mailing: docs[0].id }
}

/** An article's mailing record, and its deliveries by status (the subscribers' addresses where not sent). */
async function mailingState(payload: Payload, article: string): Promise<MailingState> {
  const { docs } = await payload.find({
    collection: 'mailings',
    where: { article: { equals: article } },
    depth: 0,
    limit: 1,
  })
  const mailing = docs[0]
  if (!mailing) throw new Error(`No mailing for article ${article}`)
  const [deliveries, subscribers] = await Promise.all([
    payload.find({
      collection: 'deliveries',
      where: { mailing: { equals: mailing.id } },
      pagination: false,
      limit: 0,
      depth: 0,
      select: { subscriber: true, status: true },
    }),
    payload.find({
      collection: 'subscribers',
      pagination: false,
      limit: 0,
      depth: 0,
      select: { email: true },
    }),
  ])
  const emailOf = new Map(subscribers.docs.map((row) => [String(row.id), row.email]))
  const statuses: Record<string, number> = {}
  const notSent: Record<string, string[]> = {}
  for (const { status, subscriber } of deliveries.docs) {
    statuses[status] = (statuses[status] ?? 0) + 1
    if (status !== 'sent') (notSent[status] ??= []).push(emailOf.get(subscriber) ?? subscriber)
  }
  return {
    mailing: {
      id: mailing.id,
      status: mailing.status ?? null,
      recipients: mailing.recipients ?? null,
      sent: mailing.sent ?? null,
      failed: mailing.failed ?? null,
      unconfirmed: mailing.unconfirmed ?? null,
      startedAt: mailing.startedAt ?? null,
      finishedAt: mailing.finishedAt ?? null,
      heartbeatAt: mailing.heartbeatAt ?? null,
    },
    deliveries: deliveries.docs.length,
    statuses,
    notSent,
    subscriberEmails: subscribers.docs.map((row) => row.email),
  }
}

async function runTask(payload: Payload, task: Task, args: string[]): Promise<unknown> {
  const { migrateDatabase } = await import('@/lib/database')
  switch (task) {
    case 'migrate':
      return migrateDatabase(payload).then(() => ({ migrated: true }))
    case 'article':
      return firstArticle(payload)
    case 'stored':
      return storedRows(payload)
    case 'subscribers':
      return addSubscribers(payload, Number(args[0]), args[1] ?? 'example.org')
    case 'publish':
      return publishArticle(payload, args[0] ?? `Mailing check ${Date.now()}`)
    case 'mailing':
      return mailingState(payload, args[0]!)
  }
}

async function main(): Promise<void> {
  const [task, outFile, ...args] = process.argv.slice(2) as [Task, string, ...string[]]
  if (!(TASKS as readonly string[]).includes(task) || !outFile)
    throw new Error(
      `Usage: node --conditions=development scripts/run-ts.mjs scripts/reliability/payloadTask.ts ${TASKS.join('|')} <out.json> [arguments]`,
    )
  const [{ default: config }, { getPayload }, { closeDatabase }] = await Promise.all([
    import('@payload-config'),
    import('payload'),
    import('@/lib/database'),
  ])
  const payload = await getPayload({ config })
  try {
    const result = await runTask(payload, task, args)
    // Written whole, then renamed: the caller takes the file's existence as "done".
    fs.writeFileSync(`${outFile}.part`, JSON.stringify(result))
    fs.renameSync(`${outFile}.part`, outFile)
  } finally {
    // Bounded: on PostgreSQL, closeDatabase() can wait forever (Payload 3.90.1's connect keeps one
    // pool client checked out, and pool.end() waits for it); the process exits right after anyway.
    await Promise.race([
      closeDatabase(payload),
      new Promise((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS).unref()),
    ])
  }
}

main().then(
  // Open handles (sharp, database pools) must not keep the process alive once the work is done.
  () => process.exit(0),
  (error: unknown) => {
    console.error('[reliability task]', error)
    process.exit(1)
  },
)
