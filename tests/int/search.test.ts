/**
 * The site's search (src/lib/search) on this run's engine: the full-text index kept in step with
 * what readers see, the query syntax, filters and facets, people and topics. Which articles come
 * first for which query is search-relevance.test.ts.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readSearchRequest, searchSite, type SearchRequest } from '@/lib/search'
import { parseQuery } from '@/lib/search/query'
import { rebuildSearchIndex } from '@/lib/search/indexer'
import { seedDemoContent } from '@/seed'

import { createArticle, createAuthor, createTopic, richText } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/testApp'

let app: TestApp
let payload: Payload

beforeAll(async () => {
  app = await startTestApp()
  payload = app.payload
  await seedDemoContent(payload)
})
afterAll(() => app?.close())

const request = (q: string, extra: Partial<SearchRequest> = {}): SearchRequest => ({
  q,
  filters: {},
  sort: 'relevance',
  page: 1,
  ...extra,
})
const search = (q: string, locale: 'en' | 'az' | 'ru' = 'en', extra: Partial<SearchRequest> = {}) =>
  searchSite(locale, request(q, extra))
const titles = async (q: string, locale: 'en' | 'az' | 'ru' = 'en') =>
  ((await search(q, locale))?.results ?? []).map((result) => result.article.title)

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
    const found = await search('quvanli')
    expect(found?.results.map((result) => result.article.title)).toEqual([
      'Rail tariffs',
      'Grain routes',
    ])
    expect(found?.results[0].article.authors).toEqual([
      expect.objectContaining({ name: 'Leyla Quvanli', slug: byline.slug }),
    ])
    expect(found?.results[1].excerpt).toContain('As Quvanli argued')
    // The author is also shown above the articles.
    expect(found?.people.map((person) => person.name)).toContain('Leyla Quvanli')
  })

  it('never returns drafts', async () => {
    const [author] = (await payload.find({ collection: 'authors', limit: 1 })).docs
    await createArticle(payload, [author.id], 'draft', { title: 'Unpublished quasar findings' })
    expect(await titles('quasar')).toEqual([])
  })

  it('pages results and counts them', async () => {
    const first = await search('the')
    expect(first!.total).toBeGreaterThanOrEqual(4)
    expect(first!.totalPages).toBe(Math.ceil(first!.total / 10))
    expect(first!.results[0].excerpt).toBeTruthy()
  })

  it('answers many searches sent at once, each in its turn', async () => {
    const alone = await titles('corridor')
    const together = await Promise.all(Array.from({ length: 12 }, () => titles('corridor')))
    expect(together).toEqual(Array.from({ length: 12 }, () => alone))
  })

  it('treats punctuation-only queries as empty', async () => {
    expect(parseQuery(' ?!, ')).toEqual([])
    expect(await search('?!')).toBeNull()
  })
})

describe('the index follows what readers see', () => {
  it('publishing, editing, unpublishing and deleting', async () => {
    const author = await createAuthor(payload)
    const article = await createArticle(payload, [author.id], 'draft', {
      title: 'Zeppelin logistics',
    })
    expect(await titles('zeppelin')).toEqual([])
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { _status: 'published' },
    })
    expect(await titles('zeppelin')).toEqual(['Zeppelin logistics'])
    // A draft saved over the live article leaves the live text searchable, and only it.
    await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: { title: 'Dirigible logistics' },
    })
    expect(await titles('zeppelin')).toEqual(['Zeppelin logistics'])
    expect(await titles('dirigible')).toEqual([])
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { title: 'Dirigible logistics', _status: 'published' },
    })
    expect(await titles('dirigible')).toEqual(['Dirigible logistics'])
    expect(await titles('zeppelin')).toEqual([])
    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' } })
    expect(await titles('dirigible')).toEqual([])
    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' } })
    expect(await titles('dirigible')).toEqual(['Dirigible logistics'])
    await payload.delete({ collection: 'articles', id: article.id })
    expect(await titles('dirigible')).toEqual([])
  })

  it('a translation is searched in its language, and English text from every language', async () => {
    const author = await createAuthor(payload)
    const article = await createArticle(payload, [author.id], 'published', {
      title: 'Hydrogen corridors',
      standfirst: 'Pipelines for a new fuel.',
    })
    expect(await titles('hydrogen', 'ru')).toEqual(['Hydrogen corridors'])
    expect(await titles('водородные', 'ru')).toEqual([])
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'ru',
      data: {
        title: 'Водородные коридоры',
        standfirst: 'Трубопроводы для нового топлива.',
        body: richText('О водороде.'),
      },
    })
    expect(await titles('водородный коридор', 'ru')).toEqual(['Водородные коридоры'])
    // The English entry still answers from the Russian site, but the article is listed once.
    expect(await titles('hydrogen', 'ru')).toEqual(['Водородные коридоры'])
    expect(await titles('hydrogen', 'en')).toEqual(['Hydrogen corridors'])
  })

  it("renaming an author renames them in their articles' entries", async () => {
    const author = await createAuthor(payload, 'Ilkin Babayev')
    await createArticle(payload, [author.id], 'published', { title: 'Port capacity' })
    expect(await titles('babayev')).toEqual(['Port capacity'])
    await payload.update({ collection: 'authors', id: author.id, data: { name: 'Ilkin Babazade' } })
    expect(await titles('babayev')).toEqual([])
    expect(await titles('babazade')).toEqual(['Port capacity'])
    const found = await search('babazade')
    expect(found?.people.map((person) => person.name)).toEqual(['Ilkin Babazade'])
    await payload.delete({ collection: 'authors', id: author.id }).catch(() => undefined)
  })

  it('topics are found by name, and leave with their deletion', async () => {
    const topic = await createTopic(payload)
    await payload.update({ collection: 'topics', id: topic.id, data: { name: 'Desalination' } })
    expect((await search('desalination'))?.topics.map((found) => found.name)).toEqual([
      'Desalination',
    ])
    await payload.delete({ collection: 'topics', id: topic.id })
    expect((await search('desalination'))?.topics).toEqual([])
  })

  it('a rebuild gives the same results', async () => {
    const before = await titles('corridor')
    const counts = await rebuildSearchIndex(payload)
    expect(counts.article).toBeGreaterThan(5)
    expect(await titles('corridor')).toEqual(before)
  })
})

describe('filters and facets', () => {
  it('counts each facet value for the query and filters by it', async () => {
    const topic = await createTopic(payload)
    const author = await createAuthor(payload)
    for (const [kind, year] of [
      ['analysis', 2021],
      ['commentary', 2021],
      ['commentary', 2023],
    ] as const)
      await createArticle(payload, [author.id], 'published', {
        title: `Tungsten supply ${kind} ${year}`,
        kind,
        topics: [topic.id],
        publishedAt: new Date(Date.UTC(year, 5, 1)).toISOString(),
      })
    const all = await search('tungsten')
    expect(all?.total).toBe(3)
    expect(all?.facets.kind).toEqual([
      expect.objectContaining({ value: 'commentary', count: 2, selected: false }),
      expect.objectContaining({ value: 'analysis', count: 1 }),
    ])
    expect(all?.facets.year.map((facet) => [facet.value, facet.count])).toEqual([
      ['2023', 1],
      ['2021', 2],
    ])
    expect(all?.facets.topic).toEqual([
      expect.objectContaining({ value: topic.slug, label: topic.name, count: 3 }),
    ])
    const commentary = await search('tungsten', 'en', { filters: { kind: 'commentary' } })
    expect(commentary?.total).toBe(2)
    // The kind facet still offers the other kinds (counted without the kind filter)…
    expect(commentary?.facets.kind.map((facet) => facet.count)).toEqual([2, 1])
    // …while the other facets count what the kind filter lets through.
    expect(commentary?.facets.year.map((facet) => [facet.value, facet.count])).toEqual([
      ['2023', 1],
      ['2021', 1],
    ])
    const filtered = await search('tungsten', 'en', {
      filters: { kind: 'commentary', year: 2021, topic: topic.slug!, author: author.slug! },
    })
    expect(filtered?.results.map((result) => result.article.title)).toEqual([
      'Tungsten supply commentary 2021',
    ])
    expect((await search('tungsten', 'en', { filters: { topic: 'no-such-topic' } }))?.total).toBe(0)
    const byDate = await search('tungsten', 'en', { sort: 'date' })
    expect(byDate?.results[0].article.title).toBe('Tungsten supply commentary 2023')
  })

  it('refuses addresses it cannot mean, naming the field', () => {
    const read = (query: string) => readSearchRequest(new URLSearchParams(query))
    expect(read('q=x&kind=poem')).toEqual({ error: { field: 'kind' } })
    expect(read('q=x&year=20x1')).toEqual({ error: { field: 'year' } })
    expect(read('q=x&sort=random')).toEqual({ error: { field: 'sort' } })
    expect(read('q=x&page=0')).toEqual({ error: { field: 'page' } })
    expect(read('q=x&topic=%3Cscript%3E')).toEqual({ error: { field: 'topic' } })
    expect(read(`q=${'a'.repeat(101)}`)).toEqual({ error: { field: 'q' } })
    expect(read('q=x&kind=report&year=2024&sort=date&page=2')).toEqual({
      request: { q: 'x', filters: { kind: 'report', year: 2024 }, sort: 'date', page: 2 },
    })
  })
})
