/**
 * One task on the site's database through Payload (Local API and the database seam), whatever the
 * engine, with the site's tool environment (DATABASE_URI and the rest); writes its answer as JSON
 * to the file named last. Run by localApi.ts in a process of its own, which it can watch and kill.
 *
 *   node --conditions=development scripts/run-ts.mjs scripts/reliability/payloadTask.ts migrate|article|stored <out.json>
 *
 * - migrate: applies the committed migrations that are missing (creating the database if needed): `{ migrated: true }`.
 * - article: the first published article that takes comments: `{ id, path }` (the comments'
 *   target and the probed page).
 * - stored: `{ commentEmails, submissions: [{ email, filename }] }`, every comment and submission.
 */
import fs from 'node:fs'

import type { Payload } from 'payload'

import type { ArticleTarget, StoredRows } from './localApi'

const CLOSE_TIMEOUT_MS = 5_000

export const TASKS = ['migrate', 'article', 'stored'] as const
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

async function main(): Promise<void> {
  const [task, outFile] = process.argv.slice(2)
  if (!(TASKS as readonly string[]).includes(task) || !outFile)
    throw new Error(
      `Usage: node --conditions=development scripts/run-ts.mjs scripts/reliability/payloadTask.ts ${TASKS.join('|')} <out.json>`,
    )
  const [{ default: config }, { getPayload }, { closeDatabase, migrateDatabase }] =
    await Promise.all([import('@payload-config'), import('payload'), import('@/lib/database')])
  const payload = await getPayload({ config })
  try {
    const result =
      task === 'migrate'
        ? await migrateDatabase(payload).then(() => ({ migrated: true }))
        : task === 'article'
          ? await firstArticle(payload)
          : await storedRows(payload)
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
