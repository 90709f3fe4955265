/**
 * Grows the published corpus to N articles with synthetic ones (text from the demo articles,
 * random co-authors and topics), through the Local API so hooks fill the search index as in
 * production. Progress on stderr.
 *
 *   DATABASE_URI=… node --conditions=development scripts/run-ts.mjs bench/setup/corpus.ts 10000 count.txt
 *
 * Writes the number of published articles reached to count.txt (how the caller knows it finished).
 */
import fs from 'node:fs'

import type { Payload } from 'payload'

import { demoParagraphs, markdownToLexical, withPayload } from './payloadScript'

const KINDS = [
  'analysis',
  'commentary',
  'research-note',
  'book-review',
  'roundtable',
  'report',
] as const
const DAY = 24 * 60 * 60 * 1000
/** Distinct bodies; articles reuse them (converting Markdown each time would dominate the run). */
const BODY_VARIANTS = 40
/**
 * A think tank with an archive has many more bylines than the demo's three: the corpus's articles
 * are spread over this many authors, and the admin's authors picker has options to show (the
 * benchmark article already names all three demo authors).
 */
const ARCHIVE_AUTHORS = 150
const FIRST_NAMES = ['Aysel', 'Rashad', 'Irina', 'Farid', 'Lala', 'Dmitri', 'Gunel', 'Orkhan']
const LAST_NAMES = ['Aliyeva', 'Huseynov', 'Petrova', 'Karimov', 'Safarova', 'Ivanov']

/** A deterministic pseudo-random sequence, so two runs build the same corpus. */
function random(seed: number) {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state / 2 ** 31
  }
}

function progress(done: number, total: number, started: number): void {
  const width = 30
  const filled = Math.round((done / total) * width)
  const rate = done / Math.max(0.001, (Date.now() - started) / 1000)
  process.stderr.write(
    `\r[corpus] [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} (${rate.toFixed(0)}/s)`,
  )
  if (done === total) process.stderr.write('\n')
}

async function ids(payload: Payload, collection: 'authors' | 'topics') {
  const { docs } = await payload.find({
    collection,
    limit: 0,
    pagination: false,
    depth: 0,
    select: {},
  })
  return docs.map((doc) => doc.id)
}

withPayload('bench-corpus', async (payload) => {
  const [target, countFile] = [Number(process.argv[2]), process.argv[3]]
  if (!Number.isInteger(target) || target < 1 || !countFile)
    throw new Error(
      'Usage: node --conditions=development scripts/run-ts.mjs bench/setup/corpus.ts <number of published articles> <count file>',
    )
  const existing = (
    await payload.count({ collection: 'articles', where: { _status: { equals: 'published' } } })
  ).totalDocs
  await addAuthors(payload)
  const missing = target - existing
  if (missing > 0) await addArticles(payload, existing, missing, target)
  fs.writeFileSync(countFile, String(Math.max(existing, target)))
})

async function addAuthors(payload: Payload): Promise<void> {
  const existing = (await payload.count({ collection: 'authors' })).totalDocs
  for (let n = existing + 1; n <= ARCHIVE_AUTHORS; n++) {
    const name = `${FIRST_NAMES[n % FIRST_NAMES.length]} ${LAST_NAMES[n % LAST_NAMES.length]} ${n}`
    await payload.create({
      collection: 'authors',
      locale: 'en',
      data: { name, slug: `archive-author-${n}`, headline: 'Fellow' },
      depth: 0,
    })
  }
}

async function addArticles(
  payload: Payload,
  existing: number,
  missing: number,
  seed: number,
): Promise<void> {
  const [authorIds, topicIds, paragraphs, richText] = await Promise.all([
    ids(payload, 'authors'),
    ids(payload, 'topics'),
    demoParagraphs(),
    markdownToLexical(payload),
  ])
  const next = random(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]
  const bodies = Array.from({ length: BODY_VARIANTS }, () =>
    richText(Array.from({ length: 5 }, () => pick(paragraphs)).join('\n\n')),
  )

  const started = Date.now()
  for (let n = 1; n <= missing; n++) {
    const number = existing + n
    const authors = [...new Set([pick(authorIds), pick(authorIds), pick(authorIds)])]
    const topics = [...new Set([pick(topicIds), pick(topicIds)])]
    const firstWords = pick(paragraphs).split(/\s+/).slice(0, 6).join(' ').replace(/[#*_]/g, '')
    await payload.create({
      collection: 'articles',
      locale: 'en',
      data: {
        _status: 'published',
        title: `Synthetic ${number}: ${firstWords}`,
        slug: `synthetic-${number}`,
        kind: pick(KINDS),
        standfirst: `Synthetic benchmark article ${number}. ${pick(paragraphs).slice(0, 200).replace(/[#*_]/g, '')}`,
        body: pick(bodies),
        authors,
        topics,
        publishedAt: new Date(Date.now() - (30 + number) * DAY).toISOString(),
        commentsEnabled: true,
        reviewState: 'none',
      },
      // The created document is not needed: skip populating it.
      depth: 0,
    })
    if (n % 25 === 0 || n === missing) progress(n, missing, started)
  }
}
