/**
 * Grows the comments to N, spread over the published articles, most approved, some pending, a few
 * spam (as a moderated think-tank site has them), for the admin views' figures. Progress on stderr.
 *
 *   DATABASE_URI=… node --conditions=development scripts/run-ts.mjs bench/setup/comments.ts 50000 count.txt
 *
 * Rows are written through the database adapter in transactions of a thousand, not through the
 * Local API: the collection's hooks would e-mail every editor for each pending comment and apply
 * the flood limits, none of which the admin's reading of them depends on. Writes the number of
 * comments reached to count.txt (how the caller knows it finished).
 */
import fs from 'node:fs'

import type { Payload, PayloadRequest } from 'payload'

import { withPayload } from './payloadScript'

const BATCH = 1000
const MINUTE = 60 * 1000
const NAMES = ['Leyla', 'Murad', 'Anna', 'Tural', 'Nino', 'Oleg', 'Sara', 'Kamran']
const SENTENCES = [
  'The argument about the corridor holds, but the timeline seems optimistic.',
  'Which sources support the figure in the third paragraph?',
  'A clear piece: it would help to compare it with the 2020 agreement.',
  'I disagree with the conclusion on sanctions, for the reasons the author gives himself.',
  'Thank you for publishing this in more than one language.',
]

/** Which status the n-th comment gets: 80 % approved, 15 % pending, 5 % spam. */
const statusOf = (n: number) => (n % 20 === 0 ? 'spam' : n % 20 < 4 ? 'pending' : 'approved')

withPayload('bench-comments', async (payload) => {
  const [target, countFile] = [Number(process.argv[2]), process.argv[3]]
  if (!Number.isInteger(target) || target < 1 || !countFile)
    throw new Error(
      'Usage: node --conditions=development scripts/run-ts.mjs bench/setup/comments.ts <number of comments> <count file>',
    )
  const existing = (await payload.count({ collection: 'comments' })).totalDocs
  if (existing < target) await addComments(payload, existing, target)
  fs.writeFileSync(countFile, String(Math.max(existing, target)))
})

async function addComments(payload: Payload, existing: number, target: number): Promise<void> {
  const { docs } = await payload.find({
    collection: 'articles',
    where: { _status: { equals: 'published' } },
    pagination: false,
    depth: 0,
    select: {},
  })
  const articleIds = docs.map((article) => article.id)
  const started = Date.now()
  for (let from = existing; from < target; from += BATCH) {
    const transactionID = (await payload.db.beginTransaction()) ?? undefined
    const req = { payload, transactionID } as PayloadRequest
    for (let n = from + 1; n <= Math.min(target, from + BATCH); n++) {
      const createdAt = new Date(Date.now() - n * MINUTE).toISOString()
      await payload.db.create({
        collection: 'comments',
        req,
        data: {
          article: articleIds[n % articleIds.length],
          authorName: `${NAMES[n % NAMES.length]} ${n}`,
          authorEmail: `reader${n}@example.org`,
          body: SENTENCES[n % SENTENCES.length],
          status: statusOf(n),
          language: 'en',
          notifyOnReply: false,
          createdAt,
          updatedAt: createdAt,
        },
      })
    }
    if (transactionID) await payload.db.commitTransaction(transactionID)
    const done = Math.min(target, from + BATCH) - existing
    process.stderr.write(
      `\r[comments] ${done}/${target - existing} (${(done / ((Date.now() - started) / 1000)).toFixed(0)}/s)`,
    )
  }
  process.stderr.write('\n')
}
