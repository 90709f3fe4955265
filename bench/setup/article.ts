/**
 * The benchmark's "realistic article": about 900 words, three co-authors, a hero image and ten
 * approved comments, published through the Local API. Writes its slug and figures as JSON.
 *
 *   DATABASE_URI=… node --conditions=development scripts/run-ts.mjs bench/setup/article.ts out.json
 */
import fs from 'node:fs'

import { drawHeroImage } from '@/seed/heroImage'

import { demoParagraphs, markdownToLexical, withPayload, wordCount } from './payloadScript'

const BENCH_SLUG = 'benchmark-security-corridors-and-coalitions'
const TARGET_WORDS = 900
const COMMENTS = 10

/** Paragraphs from the demo texts, in a fixed interleaved order, until about 900 words. */
async function articleMarkdown(): Promise<string> {
  const paragraphs = await demoParagraphs()
  const picked: string[] = []
  for (let i = 0; wordCount(picked.join(' ')) < TARGET_WORDS; i += 7)
    picked.push(paragraphs[i % paragraphs.length])
  return picked.join('\n\n')
}

withPayload('bench-article', async (payload) => {
  const outFile = process.argv[2]
  if (!outFile)
    throw new Error(
      'Usage: node --conditions=development scripts/run-ts.mjs bench/setup/article.ts <out.json>',
    )
  const richText = await markdownToLexical(payload)
  const [authors, topics] = await Promise.all([
    payload.find({ collection: 'authors', limit: 3, sort: 'name', depth: 0 }),
    payload.find({ collection: 'topics', limit: 2, sort: 'name', depth: 0 }),
  ])
  if (authors.docs.length < 3) throw new Error('The seed should have made three authors')
  const markdown = await articleMarkdown()
  const hero = await payload.create({
    collection: 'media',
    data: { alt: 'Abstract banner for the benchmark article' },
    file: {
      data: await drawHeroImage(42),
      mimetype: 'image/webp',
      name: `${BENCH_SLUG}.webp`,
      size: 0,
    },
  })
  const article = await payload.create({
    collection: 'articles',
    locale: 'en',
    data: {
      _status: 'published',
      title: 'Corridors and Coalitions: Security Choices in the South Caucasus',
      slug: BENCH_SLUG,
      kind: 'analysis',
      standfirst:
        'A benchmark article: three co-authors weigh how corridors, coalitions and great-power rivalry shape security choices in the region.',
      body: richText(markdown),
      heroImage: hero.id,
      authors: authors.docs.map((author) => author.id),
      topics: topics.docs.map((topic) => topic.id),
      note: 'Prepared jointly by the interns’ team.',
      publishedAt: new Date().toISOString(),
      commentsEnabled: true,
      reviewState: 'none',
    },
  })
  for (let n = 1; n <= COMMENTS; n++) {
    await payload.create({
      collection: 'comments',
      // A server-side import: skips the reader-facing flood limit (see isTrustedWrite).
      context: { trustedImport: true },
      data: {
        article: article.id,
        authorName: `Reader ${n}`,
        authorEmail: `reader${n}@bench.example`,
        body: `Comment ${n}: a thoughtful reply on corridor security, coalition politics and what the authors might examine next.`,
        status: 'approved',
      },
    })
  }
  const summary = {
    id: article.id,
    slug: BENCH_SLUG,
    words: wordCount(markdown),
    authors: authors.docs.length,
    comments: COMMENTS,
    topicSlug: topics.docs[0].slug,
    authorSlug: authors.docs[0].slug,
  }
  fs.writeFileSync(outFile, `${JSON.stringify(summary, null, 2)}\n`)
  console.info(`[bench-article] ${JSON.stringify(summary)}`)
})
