import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { searchArticles, searchTerms } from '@/lib/search'
import { seedDemoContent } from '@/seed'

import { createArticle, createAuthor, richText } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/testApp'

let app: TestApp
let payload: Payload

beforeAll(async () => {
  app = await startTestApp()
  payload = app.payload
  await seedDemoContent(payload)
})
afterAll(() => app?.close())

const titles = async (query: string, locale: 'en' | 'az' | 'ru' = 'en', page = 1) =>
  (await searchArticles(locale, query, page)).results.map((result) => result.article.title)

describe('site search', () => {
  it('finds words in titles, standfirsts, bodies and author names', async () => {
    expect(await titles('Middle Corridor')).toContain(
      'Between Two Strategies: US-China Competition and the Middle Corridor',
    )
    expect((await titles('Kazimzada')).length).toBeGreaterThanOrEqual(2)
    expect(await titles('peacekeepers')).not.toHaveLength(0)
  })

  it('requires every word, ignores case, and ranks title matches first', async () => {
    const results = await titles('RUSSIA priorities')
    expect(results[0]).toMatch(/Russia/)
    expect(await titles('russia zzzznotaword')).toEqual([])
  })

  it('ranks a byline above a mention in the body, and shows populated cards', async () => {
    const byline = await createAuthor(payload, 'Leyla Quvanli')
    const [other] = (
      await payload.find({
        collection: 'authors',
        where: { id: { not_equals: byline.id } },
        limit: 1,
      })
    ).docs
    await createArticle(payload, [other.id], 'published', {
      title: 'Grain routes',
      body: richText('As Quvanli argued last year, grain moves by rail.'),
    })
    await createArticle(payload, [byline.id], 'published', {
      title: 'Rail tariffs',
      body: richText('Tariffs rose.'),
    })
    const { results } = await searchArticles('en', 'quvanli', 1)
    expect(results.map((result) => result.article.title)).toEqual(['Rail tariffs', 'Grain routes'])
    expect(results[0].article.authors).toEqual([
      expect.objectContaining({ name: 'Leyla Quvanli', slug: byline.slug }),
    ])
    expect(results[1].excerpt).toContain('As Quvanli argued')
  })

  it('never returns drafts', async () => {
    const [author] = (await payload.find({ collection: 'authors', limit: 1 })).docs
    await createArticle(payload, [author.id], 'draft', { title: 'Unpublished quasar findings' })
    expect(await titles('quasar')).toEqual([])
  })

  it('searches Russian text case-insensitively and English text from other languages', async () => {
    const author = await createAuthor(payload, 'Гусейн Алиев')
    await createArticle(payload, [author.id], 'published', {
      title: 'Безопасность на Кавказе',
      body: richText('Текст о безопасности.'),
    })
    expect(await titles('БЕЗОПАСНОСТЬ')).toContain('Безопасность на Кавказе')
    expect(await titles('алиев')).toContain('Безопасность на Кавказе')
    // An English-only article is still found from the Azerbaijani site.
    expect((await titles('Karabakh', 'az')).length).toBeGreaterThan(0)
  })

  it('pages results and gives an excerpt around the match', async () => {
    const first = await searchArticles('en', 'the', 1)
    expect(first.total).toBeGreaterThanOrEqual(4)
    expect(first.results[0].excerpt).toBeTruthy()
    expect(first.totalPages).toBe(Math.ceil(first.total / 10))
  })

  it('treats punctuation-only queries as empty', async () => {
    expect(searchTerms(' ?!, ')).toEqual([])
    expect((await searchArticles('en', '?!', 1)).results).toEqual([])
  })
})
