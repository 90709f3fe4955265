import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Id } from '@/lib/relations'

import { erroredFields } from '../helpers/api'
import { createArticle, createTopic, richText, type World } from '../helpers/fixtures'
import type { TestApp } from '../helpers/testApp'
import { startWorld } from '../helpers/world'

let app: TestApp
let payload: Payload
let world: World
beforeAll(async () => ({ app, payload, world } = await startWorld()))
afterAll(() => app?.close())

describe('REST basics', () => {
  it('answers 404 for an unknown collection and an unknown id', async () => {
    // Unknown ids that are valid on every engine: documents made and deleted again.
    const article = await createArticle(payload, [world.otherAuthor.id], 'published')
    const topic = await createTopic(payload)
    await payload.delete({ collection: 'articles', id: article.id })
    await payload.delete({ collection: 'topics', id: topic.id })
    expect((await world.api.get('/api/no-such-collection')).status).toBe(404)
    expect(
      (await world.api.get(`/api/articles/${article.id}`, { token: world.tokens.editor })).status,
    ).toBe(404)
    expect((await world.api.get(`/api/topics/${topic.id}`)).status).toBe(404)
  })

  it('finds a published article by its slug, and nothing for an unknown slug', async () => {
    const found = await world.api.get(`/api/articles?where[slug][equals]=${world.published.slug}`)
    expect(found.body.docs.map((doc: { id: Id }) => String(doc.id))).toEqual([
      String(world.published.id),
    ])
    const missing = await world.api.get('/api/articles?where[slug][equals]=no-such-article')
    expect(missing.body.totalDocs).toBe(0)
  })

  it('answers 400 naming each missing required field', async () => {
    const response = await world.api.post('/api/articles?draft=false', {
      token: world.tokens.editor,
      json: { kind: 'analysis' },
    })
    expect(response.status).toBe(400)
    expect(erroredFields(response.body)).toEqual(
      expect.arrayContaining(['title', 'standfirst', 'body', 'authors']),
    )
  })

  it('answers 400 for a malformed e-mail, URL and slug, naming the field', async () => {
    const badEmail = await world.api.post('/api/comments', {
      json: {
        article: world.published.id,
        authorName: 'A',
        authorEmail: 'not-an-email',
        body: 'Hello',
      },
    })
    expect(badEmail.status).toBe(400)
    expect(erroredFields(badEmail.body)).toEqual(['authorEmail'])

    const badUrl = await world.api.patch(`/api/authors/${world.otherAuthor.id}`, {
      token: world.tokens.editor,
      json: { links: [{ platform: 'x', url: 'javascript:alert(1)' }] },
    })
    expect(badUrl.status).toBe(400)
    expect(erroredFields(badUrl.body)).toEqual(['links.0.url'])

    const badSlug = await world.api.post('/api/topics', {
      token: world.tokens.editor,
      json: { name: 'Energy', slug: 'Not A Slug!!', description: 'x' },
    })
    // The slug is normalised rather than refused when it can be.
    expect(badSlug.status).toBe(201)
    expect(badSlug.body.doc.slug).toBe('not-a-slug')
  })

  it('generates unique slugs from the title and refuses a duplicate slug with 400', async () => {
    const first = await world.api.post('/api/topics', {
      token: world.tokens.editor,
      json: { name: 'Şəki and Гянджа', description: 'x' },
    })
    expect(first.status).toBe(201)
    expect(first.body.doc.slug).toBe('seki-and-gyandzha')
    const duplicate = await world.api.post('/api/topics', {
      token: world.tokens.editor,
      json: { name: 'Other', slug: 'seki-and-gyandzha', description: 'x' },
    })
    expect(duplicate.status).toBe(400)
    expect(erroredFields(duplicate.body)).toEqual(['slug'])
  })

  it('keeps an article body valid Lexical JSON over REST', async () => {
    const response = await world.api.post('/api/articles?draft=true', {
      token: world.tokens.editor,
      json: {
        title: 'Drafted',
        standfirst: 's',
        body: richText('Hello'),
        authors: [world.ownAuthor.id],
      },
    })
    expect(response.status).toBe(201)
    expect(response.body.doc._status).toBe('draft')
  })
})
