/**
 * Living articles: an intern changes a live article they co-author only through a working copy
 * (a draft version readers never see), on every API path; the review queue says what the copy
 * would change; an editor publishes one language at a time, and a correction lands in the
 * article's dated correction log.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { describeChange } from '@/lib/reviewChange'
import type { Article } from '@/payload-types'

import { createArticle, localStatus, type World } from '../helpers/fixtures'
import type { TestApp } from '../helpers/testApp'
import { startWorld } from '../helpers/world'

let app: TestApp
let payload: Payload
let world: World
beforeAll(async () => ({ app, payload, world } = await startWorld()))
afterAll(() => app?.close())

type Id = Article['id']

/** What readers get: the live document, in a language, without falling back to English. */
const live = (id: Id, locale: 'en' | 'az' | 'ru' = 'en') =>
  payload.findByID({ collection: 'articles', id, depth: 0, locale, fallbackLocale: false })
const workingCopy = (id: Id, locale: 'en' | 'az' | 'ru' = 'en') =>
  payload.findByID({
    collection: 'articles',
    id,
    depth: 0,
    draft: true,
    locale,
    fallbackLocale: false,
  })

const liveArticle = () => createArticle(payload, [world.ownAuthor.id], 'published')
const asIntern = () => ({ user: world.users.intern, overrideAccess: false }) as const
const asEditor = () => ({ user: world.users.editor, overrideAccess: false }) as const

const publicTitle = async (id: Id) =>
  (await world.api.get(`/api/articles/${id}?depth=0`)).body.title as string | undefined

describe('an intern changes a live article only through a working copy', () => {
  it('REST: a draft save is stored as a new version; the live article and its readers see nothing', async () => {
    const article = await liveArticle()
    const response = await world.api.patch(`/api/articles/${article.id}?draft=true`, {
      token: world.tokens.intern,
      json: { standfirst: 'Corrected standfirst.' },
    })
    expect(response.status).toBe(200)
    expect((await workingCopy(article.id)).standfirst).toBe('Corrected standfirst.')
    expect((await live(article.id)).standfirst).toBe('A standfirst.')
    expect((await live(article.id))._status).toBe('published')
    expect(await publicTitle(article.id)).toBe(article.title)
  })

  it('REST, Local API, GraphQL and bulk updates that are not draft saves are refused with 403', async () => {
    const article = await liveArticle()
    const rest = await world.api.patch(`/api/articles/${article.id}`, {
      token: world.tokens.intern,
      json: { title: 'Defaced' },
    })
    expect(rest.status).toBe(403)
    expect(rest.body.errors[0].message).toMatch(/as a draft/)

    expect(
      await localStatus(() =>
        payload.update({
          collection: 'articles',
          id: article.id,
          data: { title: 'Defaced' },
          ...asIntern(),
        }),
      ),
    ).toBe(403)

    const graphql = await world.api.graphql(
      `mutation ($id: ${typeof article.id === 'number' ? 'Int' : 'String'}!) { updateArticle(id: $id, data: { title: "Defaced" }) { title } }`,
      { id: article.id },
      world.tokens.intern,
    )
    expect(JSON.stringify(graphql.body.errors)).toMatch(/as a draft/)

    const bulk = await world.api.patch(`/api/articles?where[id][equals]=${article.id}`, {
      token: world.tokens.intern,
      json: { title: 'Defaced' },
    })
    expect(bulk.status).toBe(403)

    // Unpublishing is a non-draft write too.
    const unpublish = await world.api.patch(`/api/articles/${article.id}`, {
      token: world.tokens.intern,
      json: { _status: 'draft' },
    })
    expect(unpublish.status).toBe(403)

    const after = await live(article.id)
    expect(after.title).toBe(article.title)
    expect(after._status).toBe('published')
    expect((await workingCopy(article.id)).title).toBe(article.title)
  })

  it('GraphQL and bulk draft saves make working copies, and never publish', async () => {
    const article = await liveArticle()
    const graphql = await world.api.graphql(
      `mutation ($id: ${typeof article.id === 'number' ? 'Int' : 'String'}!) { updateArticle(id: $id, draft: true, data: { standfirst: "Via GraphQL." }) { standfirst } }`,
      { id: article.id },
      world.tokens.intern,
    )
    expect(graphql.body.errors).toBeUndefined()
    expect((await workingCopy(article.id)).standfirst).toBe('Via GraphQL.')

    const bulk = await world.api.patch(`/api/articles?where[id][equals]=${article.id}&draft=true`, {
      token: world.tokens.intern,
      json: { standfirst: 'Via bulk.' },
    })
    expect(bulk.status).toBe(200)
    expect((await workingCopy(article.id)).standfirst).toBe('Via bulk.')

    const publish = await world.api.patch(`/api/articles/${article.id}?draft=true`, {
      token: world.tokens.intern,
      json: { _status: 'published' },
    })
    expect(publish.status).toBe(403)
    const publishLocale = await world.api.patch(
      `/api/articles/${article.id}?locale=ru&publishSpecificLocale=ru`,
      { token: world.tokens.intern, json: { _status: 'published', title: 'Захвачено' } },
    )
    expect(publishLocale.status).toBe(403)
    expect((await live(article.id)).standfirst).toBe('A standfirst.')
    expect((await live(article.id, 'ru')).title).toBeFalsy()
  })

  it('a version restore is refused unless it restores into a draft', async () => {
    const article = await liveArticle()
    await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: { standfirst: 'An older draft.' },
    })
    const { docs } = await payload.findVersions({
      collection: 'articles',
      where: {
        and: [{ parent: { equals: article.id } }, { 'version._status': { equals: 'draft' } }],
      },
      limit: 1,
    })
    const refused = await world.api.post(`/api/articles/versions/${docs[0].id}`, {
      token: world.tokens.intern,
    })
    expect(refused.status).toBe(403)
    expect((await live(article.id))._status).toBe('published')
    const restored = await world.api.post(`/api/articles/versions/${docs[0].id}?draft=true`, {
      token: world.tokens.intern,
    })
    expect(restored.status).toBe(200)
    expect((await live(article.id)).standfirst).toBe('A standfirst.')
    expect((await live(article.id))._status).toBe('published')
  })

  it("someone else's live article stays out of reach", async () => {
    const theirs = await createArticle(payload, [world.otherAuthor.id], 'published')
    const response = await world.api.patch(`/api/articles/${theirs.id}?draft=true`, {
      token: world.tokens.intern,
      json: { standfirst: 'Not mine.' },
    })
    expect(response.status).toBe(403)
    expect((await workingCopy(theirs.id)).standfirst).toBe('A standfirst.')
  })
})

describe('translations are reviewed and published one language at a time', () => {
  it('a Russian translation: queued as a new translation with a diff, published on its own', async () => {
    const article = await liveArticle()
    // The intern also starts an English change in the same working copy: it must stay a draft.
    await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: { standfirst: 'An unreviewed English change.' },
      ...asIntern(),
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      locale: 'ru',
      data: {
        title: 'Приоритеты',
        standfirst: 'Перевод.',
        body: article.body,
        reviewState: 'in-review',
      },
      ...asIntern(),
    })
    const copy = await workingCopy(article.id, 'ru')
    expect(copy.reviewState).toBe('in-review')
    expect(copy.reviewLocale).toBe('ru')
    expect((await live(article.id, 'ru')).title).toBeFalsy()

    const change = await describeChange(payload, world.users.editor, copy)
    expect(change.kind).toBe('new-translation')
    expect(change.language).toBe('ru')
    expect(change.compareUrl).toMatch(
      new RegExp(`^/admin/collections/articles/${article.id}/versions/[^?]+\\?versionFrom=`),
    )
    expect(decodeURIComponent(change.compareUrl!)).toContain('localeCodes=["ru"]')

    // "Publish in Русский", as the admin's button sends it.
    const published = await world.api.patch(
      `/api/articles/${article.id}?locale=ru&publishSpecificLocale=ru&depth=0`,
      { token: world.tokens.editor, json: { ...copy, _status: 'published' } },
    )
    expect(published.status).toBe(200)
    expect((await live(article.id, 'ru')).title).toBe('Приоритеты')
    expect((await live(article.id)).standfirst).toBe('A standfirst.')
    expect((await workingCopy(article.id)).standfirst).toBe('An unreviewed English change.')
    expect((await workingCopy(article.id)).reviewState).toBe('none')
    const languages = await world.api.get(`/api/articles/${article.id}?depth=0&locale=all`)
    expect(Object.keys(languages.body.title).filter((code) => languages.body.title[code])).toEqual(
      expect.arrayContaining(['en', 'ru']),
    )
    expect(languages.body.title.az).toBeFalsy()
  })

  it('publishing English alone leaves a translation under review in the queue', async () => {
    const article = await liveArticle()
    await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      locale: 'az',
      data: { title: 'Tərcümə', standfirst: 'Tərcümə.', reviewState: 'in-review' },
      ...asIntern(),
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      publishSpecificLocale: 'en',
      data: { _status: 'published', standfirst: 'An editor’s English fix.' },
      ...asEditor(),
    })
    expect((await live(article.id)).standfirst).toBe('An editor’s English fix.')
    expect((await live(article.id, 'az')).title).toBeFalsy()
    const copy = await workingCopy(article.id, 'az')
    expect(copy.title).toBe('Tərcümə')
    expect(copy.reviewState).toBe('in-review')
  })
})

describe('corrections', () => {
  it('a published correction is a dated note in its language; the working note is not public', async () => {
    const article = await liveArticle()
    await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: {
        standfirst: 'The figure is 21%.',
        correctionNote: 'An earlier version gave the figure as 12%.',
        reviewState: 'in-review',
      },
      ...asIntern(),
    })
    const copy = await workingCopy(article.id)
    expect((await describeChange(payload, world.users.editor, copy)).kind).toBe('correction')
    const anonymous = await world.api.get(`/api/articles/${article.id}?draft=true&depth=0`)
    expect(JSON.stringify(anonymous.body)).not.toContain('12%')

    await payload.update({
      collection: 'articles',
      id: article.id,
      publishSpecificLocale: 'en',
      data: { _status: 'published' },
      ...asEditor(),
    })
    const after = await live(article.id)
    expect(after.standfirst).toBe('The figure is 21%.')
    expect(after.corrections).toHaveLength(1)
    expect(after.corrections![0]).toMatchObject({
      language: 'en',
      note: 'An earlier version gave the figure as 12%.',
    })
    expect(Date.now() - Date.parse(after.corrections![0].date)).toBeLessThan(60_000)
    expect((await workingCopy(article.id)).correctionNote).toBeFalsy()
    const rest = await world.api.get(`/api/articles/${article.id}?depth=0`)
    expect(rest.body.corrections[0].note).toContain('12%')

    // Nobody writes the log through the API, editors included.
    await world.api.patch(`/api/articles/${article.id}`, {
      token: world.tokens.editor,
      json: { corrections: [] },
    })
    expect((await live(article.id)).corrections).toHaveLength(1)
  })

  it('a plain update is queued as an update, a never-published draft as a new article', async () => {
    const article = await liveArticle()
    await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: { standfirst: 'Updated.', reviewState: 'in-review' },
      ...asIntern(),
    })
    expect(
      (await describeChange(payload, world.users.editor, await workingCopy(article.id))).kind,
    ).toBe('update')
    const fresh = await createArticle(payload, [world.ownAuthor.id], 'draft')
    const change = await describeChange(payload, world.users.editor, fresh)
    expect(change).toEqual({ kind: 'new-article', language: 'en' })
  })
})
