/**
 * Redirects (src/lib/redirects, src/collections/Redirects): who may read and write them on each
 * API path, the rules that refuse a loop, a chain, a live address, a duplicate or a malformed path
 * (a 400 naming the field, nothing stored), the redirects the site makes when a live slug changes
 * and removes when a document goes, the all-or-nothing CSV import, and the look-up the public
 * site's 404 makes: in the reader's language, from a table in memory that a change made through
 * another instance reaches. The served answers themselves: tests/e2e/redirects.spec.ts.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { PERMISSIONS, type Rule } from '@/access/permissions'
import { siteOrigin } from '@/lib/config/site'
import { GENERATION_CHECK_MS, generationReader } from '@/lib/pageCache/generation'
import { provideCacheNamespace } from '@/lib/pageCache/namespace.mjs'
import { CSV_MAX_BYTES } from '@/collections/Redirects/csv'
import { redirectFor } from '@/lib/redirects/serve'
import type { Id } from '@/lib/relations'
import type { Redirect } from '@/payload-types'

import { erroredFields } from '../helpers/api'
import {
  createArticle,
  createAuthor,
  createTopic,
  localStatus,
  ROLES,
  type Role,
  type World,
} from '../helpers/fixtures'
import { startSecondInstance } from '../helpers/instances'
import type { TestApp } from '../helpers/testApp'
import { startWorld } from '../helpers/world'

let app: TestApp
let payload: Payload
let world: World
beforeAll(async () => {
  ;({ app, payload, world } = await startWorld())
  // What src/instrumentation.ts does at a server's start: the site's look-ups read the generation.
  provideCacheNamespace(generationReader(async () => payload))
})
afterAll(() => app?.close())

let counter = 0
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`
const userOf = (role: Role) => (role === 'anonymous' ? undefined : world.users[role])
const may = (action: string, role: Role) =>
  (PERMISSIONS.redirects.actions as Record<string, Rule>)[action][role] !== undefined

const byPath = (from: string, url: string) => ({ from, to: { type: 'custom' as const, url } })
const toDocument = (from: string, relationTo: string, value: Id) => ({
  from,
  to: { type: 'reference', reference: { relationTo, value } },
})

const asEditor = (json: unknown) =>
  world.api.post('/api/redirects', { json, token: world.tokens.editor })

/** The stored redirect from `from`, its document populated with the slug. */
async function redirectFrom(from: string): Promise<Redirect | undefined> {
  const { docs } = await payload.find({
    collection: 'redirects',
    where: { from: { equals: from } },
    depth: 1,
  })
  return docs[0]
}

const countRedirects = async () => (await payload.count({ collection: 'redirects' })).totalDocs

/** What the public site answers for a missing `path` once every instance has read the latest generation. */
async function siteAnswer(path: string): Promise<{ status: number; location?: string } | null> {
  await new Promise((resolve) => setTimeout(resolve, GENERATION_CHECK_MS + 10))
  const locale = path.startsWith('/az/') ? 'az' : path.startsWith('/ru/') ? 'ru' : 'en'
  const answer = await redirectFor(locale, new Request(`http://localhost${path}`))
  return answer ? { status: answer.status, location: answer.headers.get('location') ?? '' } : null
}

const createPage = (status: 'draft' | 'published') =>
  payload.create({
    collection: 'pages',
    draft: status === 'draft',
    data: { title: unique('Page'), _status: status },
  })

describe('who may do what with redirects', () => {
  for (const role of ROLES) {
    const writes = may('create', role)
    it(`${role} ${writes ? 'may' : 'may not'} write redirects, and may read them, on the Local API, REST and GraphQL`, async () => {
      const local = payload.create({
        collection: 'redirects',
        data: byPath(unique('/local'), '/articles'),
        user: userOf(role),
        overrideAccess: false,
      })
      if (writes) expect((await local).id).toBeTruthy()
      else expect([401, 403]).toContain(await localStatus(() => local))

      const rest = await world.api.post('/api/redirects', {
        json: byPath(unique('/rest'), '/articles'),
        token: world.tokens[role],
      })
      expect(rest.status, JSON.stringify(rest.body)).toBe(writes ? 201 : 403)

      const graphql = await world.api.graphql(
        'mutation ($from: String!) { createRedirect(data: { from: $from, to: { type: "custom", url: "/articles" } }) { id from } }',
        { from: unique('/graphql') },
        world.tokens[role],
      )
      if (writes) expect(graphql.body.data?.createRedirect?.id).toBeTruthy()
      else expect(graphql.body.errors?.[0]?.message).toMatch(/not allowed/i)

      // Everyone reads them: the site itself looks them up for anonymous readers.
      const existing = await payload.create({
        collection: 'redirects',
        data: byPath(unique('/readable'), '/authors'),
      })
      expect(may('read', role)).toBe(true)
      const found = await payload.find({
        collection: 'redirects',
        where: { id: { equals: existing.id } },
        user: userOf(role),
        overrideAccess: false,
      })
      expect(found.docs).toHaveLength(1)
      const read = await world.api.get(`/api/redirects/${existing.id}`, {
        token: world.tokens[role],
      })
      expect(read.status).toBe(200)
      const listed = await world.api.graphql(
        'query ($from: String) { Redirects(where: { from: { equals: $from } }) { docs { from to { url } } } }',
        { from: existing.from },
        world.tokens[role],
      )
      expect(listed.body.data?.Redirects?.docs).toEqual([
        { from: existing.from, to: { url: '/authors' } },
      ])

      const update = await world.api.patch(`/api/redirects/${existing.id}`, {
        json: { to: { type: 'custom', url: '/search' } },
        token: world.tokens[role],
      })
      expect(update.status).toBe(may('update', role) ? 200 : 403)
      const remove = await world.api.delete(`/api/redirects/${existing.id}`, {
        token: world.tokens[role],
      })
      expect(remove.status).toBe(may('delete', role) ? 200 : 403)
    })
  }
})

describe('the rules, on every save', () => {
  /** Posts as an editor and expects a 400 naming `field`, with nothing stored. */
  async function refused(json: unknown, field: string, message: RegExp) {
    const before = await countRedirects()
    const response = await asEditor(json)
    expect(response.status, JSON.stringify(response.body)).toBe(400)
    expect(erroredFields(response.body)).toEqual([field])
    expect(JSON.stringify(response.body)).toMatch(message)
    expect(await countRedirects()).toBe(before)
  }

  it('keeps paths one way: a leading slash, no trailing one, no language, this site’s full address reduced to its path', async () => {
    const from = unique('/old-page')
    const created = await asEditor(byPath(`${siteOrigin()}/az${from}/`, `ru/articles/`))
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.doc.from).toBe(from)
    expect(created.body.doc.to.url).toBe('/articles')
    const cyrillic = await asEditor(byPath('/ru/%D1%81%D1%82%D0%B0%D1%80%D0%BE%D0%B5', '/articles'))
    expect(cyrillic.body.doc.from).toBe('/старое')
  })

  it('refuses a loop', async () => {
    const from = unique('/loop')
    await refused(byPath(from, `/az${from}`), 'to.url', /loop/)
    // A document whose address is the redirect's own: a draft, so its address is no live one.
    const draft = await createArticle(payload, [world.ownAuthor.id], 'draft')
    await refused(
      toDocument(`/articles/${draft.slug}`, 'articles', draft.id),
      'to.reference',
      /loop/,
    )
  })

  it('refuses a chain either way, and says where to point instead', async () => {
    const [a, b, c] = [unique('/chain-a'), unique('/chain-b'), unique('/chain-c')]
    expect((await asEditor(byPath(a, b))).status).toBe(201)
    // c → a would send readers a → … twice: point at b.
    await refused(byPath(c, a), 'to.url', new RegExp(`point at ${b} instead`))
    // b → c would make a → b → c.
    await refused(byPath(b, c), 'from', new RegExp(`redirect from ${a} leads to ${b}`))
  })

  it('refuses a live address: a published article or page, an author, a topic, a section of the site', async () => {
    const page = await createPage('published')
    for (const from of [
      `/articles/${world.published.slug}`,
      `/az/authors/${world.ownAuthor.slug}`,
      `/topics/${world.topic.slug}`,
      `/${page.slug}`,
      '/',
      '/search',
      '/feed.xml',
      '/admin/collections/articles',
    ])
      await refused(byPath(from, '/articles'), 'from', /address/)
    // A draft has no address yet; nor has an unpublished page.
    const draftPage = await createPage('draft')
    expect((await asEditor(byPath(`/articles/${world.ownDraft.slug}`, '/articles'))).status).toBe(
      201,
    )
    expect((await asEditor(byPath(`/${draftPage.slug}`, '/articles'))).status).toBe(201)
  })

  it('refuses a second redirect from the same path, in any language', async () => {
    const from = unique('/twice')
    expect((await asEditor(byPath(from, '/articles'))).status).toBe(201)
    await refused(byPath(`/ru${from}`, '/authors'), 'from', /already a redirect/)
  })

  it('refuses what is not a path on this site', async () => {
    await refused(byPath('https://elsewhere.example/old', '/articles'), 'from', /this site/)
    await refused(byPath(unique('/query') + '?p=12', '/articles'), 'from', /query string/)
    await refused(byPath(unique('/hash') + '#top', '/articles'), 'from', /#/)
    await refused(byPath(unique('/away'), 'https://elsewhere.example/'), 'to.url', /this site/)
    await refused(byPath('', '/articles'), 'from', /required/)
  })

  it('checks a change as it checks a new redirect', async () => {
    const [a, b] = [unique('/edit-a'), unique('/edit-b')]
    const first = await asEditor(byPath(a, '/articles'))
    expect((await asEditor(byPath(b, '/authors'))).status).toBe(201)
    const chained = await world.api.patch(`/api/redirects/${first.body.doc.id}`, {
      json: { to: { type: 'custom', url: b } },
      token: world.tokens.editor,
    })
    expect(chained.status).toBe(400)
    expect(erroredFields(chained.body)).toEqual(['to.url'])
    expect((await redirectFrom(a))?.to?.url).toBe('/articles')
  })
})

describe('redirects the site makes itself', () => {
  it('when a published article’s slug is published anew, not when a draft changes it', async () => {
    const article = await createArticle(payload, [world.otherAuthor.id], 'published')
    const old = article.slug!
    await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: { slug: `${old}-draft` },
    })
    expect(await redirectFrom(`/articles/${old}`), 'a draft changes no address').toBeUndefined()

    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { slug: `${old}-new`, _status: 'published' },
    })
    const made = await redirectFrom(`/articles/${old}`)
    expect(made?.to?.type).toBe('reference')
    expect(made?.to?.reference?.relationTo).toBe('articles')
    expect(await siteAnswer(`/az/articles/${old}`)).toEqual({
      status: 301,
      location: `/az/articles/${old}-new`,
    })

    // A second change: both old addresses lead to the newest one, with no chain.
    await payload.update({ collection: 'articles', id: article.id, data: { slug: `${old}-3` } })
    for (const [path, location] of [
      [`/articles/${old}`, `/articles/${old}-3`],
      [`/ru/articles/${old}-new`, `/ru/articles/${old}-3`],
    ])
      expect(await siteAnswer(path)).toEqual({ status: 301, location })

    // Back to the first slug: its redirect would hide the article, so it goes.
    await payload.update({ collection: 'articles', id: article.id, data: { slug: old } })
    expect(await redirectFrom(`/articles/${old}`)).toBeUndefined()
    expect(await siteAnswer(`/articles/${old}-3`)).toEqual({
      status: 301,
      location: `/articles/${old}`,
    })
  })

  it('not for an article that was never published', async () => {
    const draft = await createArticle(payload, [world.otherAuthor.id], 'draft')
    await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { slug: `${draft.slug}-final`, _status: 'published' },
    })
    expect(await redirectFrom(`/articles/${draft.slug}`)).toBeUndefined()
  })

  it('when a published page’s slug is published anew, not when a draft changes it', async () => {
    const page = await createPage('published')
    const old = page.slug!
    await payload.update({
      collection: 'pages',
      id: page.id,
      draft: true,
      data: { slug: `${old}-x` },
    })
    expect(await redirectFrom(`/${old}`)).toBeUndefined()
    await payload.update({
      collection: 'pages',
      id: page.id,
      data: { slug: `${old}-renamed`, _status: 'published' },
    })
    expect((await redirectFrom(`/${old}`))?.to?.reference?.relationTo).toBe('pages')
    expect(await siteAnswer(`/ru/${old}`)).toEqual({ status: 301, location: `/ru/${old}-renamed` })
  })

  it('when an author’s slug changes, even when an intern renames their own profile', async () => {
    const old = world.ownAuthor.slug!
    const renamed = await payload.update({
      collection: 'authors',
      id: world.ownAuthor.id,
      data: { slug: `${old}-renamed` },
      user: world.users.intern,
      overrideAccess: false,
    })
    expect(renamed.slug).toBe(`${old}-renamed`)
    expect((await redirectFrom(`/authors/${old}`))?.to?.reference?.relationTo).toBe('authors')
    expect(await siteAnswer(`/authors/${old}`)).toEqual({
      status: 301,
      location: `/authors/${old}-renamed`,
    })
  })

  it('when a topic’s slug changes', async () => {
    const topic = await createTopic(payload)
    await payload.update({ collection: 'topics', id: topic.id, data: { slug: `${topic.slug}-2` } })
    expect(await siteAnswer(`/az/topics/${topic.slug}`)).toEqual({
      status: 301,
      location: `/az/topics/${topic.slug}-2`,
    })
  })

  it('turns a redirect that led to the old address into one to the document, so no chain forms', async () => {
    const article = await createArticle(payload, [world.otherAuthor.id], 'published')
    const wordpress = unique('/2019/05/old-post')
    expect((await asEditor(byPath(wordpress, `/articles/${article.slug}`))).status).toBe(201)
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { slug: `${article.slug}-moved` },
    })
    expect((await redirectFrom(wordpress))?.to?.type).toBe('reference')
    expect(await siteAnswer(wordpress)).toEqual({
      status: 301,
      location: `/articles/${article.slug}-moved`,
    })
  })

  it('removes a redirect from the address a new document takes', async () => {
    const slug = unique('taken-later')
    expect((await asEditor(byPath(`/articles/${slug}`, '/articles'))).status).toBe(201)
    expect((await asEditor(byPath(`/topics/${slug}`, '/articles'))).status).toBe(201)
    await createArticle(payload, [world.otherAuthor.id], 'published', { slug })
    await payload.create({ collection: 'topics', data: { name: 'Taken later', slug } })
    expect(await redirectFrom(`/articles/${slug}`)).toBeUndefined()
    expect(await redirectFrom(`/topics/${slug}`)).toBeUndefined()
  })

  it('removes the redirects to a deleted document, so its old addresses answer 404', async () => {
    const author = await createAuthor(payload)
    await payload.update({
      collection: 'authors',
      id: author.id,
      data: { slug: `${author.slug}-b` },
    })
    const article = await createArticle(payload, [author.id], 'published')
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { slug: `${article.slug}-b` },
    })
    expect(await redirectFrom(`/authors/${author.slug}`)).toBeDefined()
    await payload.delete({ collection: 'articles', id: article.id })
    await payload.delete({ collection: 'authors', id: author.id })
    expect(await redirectFrom(`/articles/${article.slug}`)).toBeUndefined()
    expect(await redirectFrom(`/authors/${author.slug}`)).toBeUndefined()
    expect(await siteAnswer(`/articles/${article.slug}`)).toBeNull()
  })

  it('leads nowhere while its document is unpublished', async () => {
    const article = await createArticle(payload, [world.otherAuthor.id], 'published')
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { slug: `${article.slug}-u` },
    })
    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' } })
    expect(await siteAnswer(`/articles/${article.slug}`)).toBeNull()
  })
})

describe('importing a CSV file', () => {
  const importCsv = (body: string, role: Role = 'editor', type = 'text/csv') =>
    fetch(`${app.baseURL}/api/redirects/import`, {
      method: 'POST',
      headers: {
        'content-type': type,
        ...(world.tokens[role] ? { authorization: `JWT ${world.tokens[role]}` } : {}),
      },
      body,
    }).then(async (response) => ({ status: response.status, body: await response.json() }))

  it('is for editors', async () => {
    expect((await importCsv('/a,/b', 'anonymous')).status).toBe(401)
    expect((await importCsv('/a,/b', 'intern')).status).toBe(403)
    expect(may('import', 'intern')).toBe(false)
  })

  it('stores every row of a good file, header or not', async () => {
    const [a, b, c] = [unique('/csv-a'), unique('/csv-b'), unique('/csv-c')]
    const withHeader = await importCsv(`from,to\r\n${a},/articles\r\n"${b}",/az/authors/\r\n`)
    expect(withHeader).toEqual({
      status: 200,
      body: { imported: 2, message: 'Imported 2 redirects.' },
    })
    expect((await redirectFrom(b))?.to?.url).toBe('/authors')
    expect((await importCsv(`${c},/search\n`)).body.imported).toBe(1)
    expect(await siteAnswer(`/ru${c}`)).toEqual({ status: 301, location: '/ru/search' })
  })

  it('stores nothing when one row is wrong, and names every wrong row by line and column', async () => {
    const existing = unique('/csv-existing')
    expect((await asEditor(byPath(existing, '/articles'))).status).toBe(201)
    const [a, b, c] = [unique('/csv-a'), unique('/csv-b'), unique('/csv-c')]
    const file = [
      'from,to',
      `${a},/articles`, // 2: fine on its own
      'https://elsewhere.example/x,/articles', // 3: another site
      `${b},${c}`, // 4: c is redirected on line 5: a chain
      `${c},/authors`, // 5: and c is where line 4 leads
      `${existing},/search`, // 6: already redirected
      `/articles/${world.published.slug},/search`, // 7: a live address
      `${a},/search`, // 8: a second time in the file
      'just-one-column', // 9
    ].join('\n')
    const before = await countRedirects()
    const answer = await importCsv(file)
    expect(answer.status).toBe(400)
    expect(answer.body.message).toMatch(/Nothing was imported/)
    const problems = answer.body.errors.map((error: { line: number; path: string }) => [
      error.line,
      error.path,
    ])
    expect(problems).toEqual([[9, 'file']])
    // With the malformed row fixed, every other problem is named at once.
    const second = await importCsv(file.replace('\njust-one-column', ''))
    expect(
      second.body.errors.map((error: { line: number; path: string }) => [error.line, error.path]),
    ).toEqual([
      [2, 'from'],
      [3, 'from'],
      [4, 'to'],
      [5, 'from'],
      [6, 'from'],
      [7, 'from'],
      [8, 'from'],
    ])
    expect(second.body.errors[2].message).toMatch(
      new RegExp(`^Line 4, to: ${c} is itself redirected to /authors \\(line 5\\)`),
    )
    expect(await countRedirects()).toBe(before)
  })

  it('refuses a file that is too large, or not sent as CSV', async () => {
    const large = `${'/x,/y\n'.repeat(Math.ceil(CSV_MAX_BYTES / 6) + 1)}`
    expect((await importCsv(large)).status).toBe(413)
    expect((await importCsv('/a,/b', 'editor', 'application/json')).status).toBe(415)
    expect((await importCsv('"/a,/b\n')).body.errors[0].message).toMatch(/Line 1, file: .*CSV/)
  })
})

describe('the look-up behind the site’s 404', () => {
  it('answers in the reader’s language from memory, asking the database only after a change', async () => {
    const from = unique('/memory')
    expect((await asEditor(byPath(from, '/about'))).status).toBe(201)
    expect(await siteAnswer(`/az${from}`)).toEqual({ status: 301, location: '/az/about' })
    const find = vi.spyOn(payload, 'find')
    const reads = vi.spyOn(payload.kv, 'get')
    for (let i = 0; i < 50; i++)
      await redirectFor('en', new Request(`http://localhost${unique('/nothing-here')}`))
    expect(find).not.toHaveBeenCalled()
    expect(reads.mock.calls.length).toBeLessThanOrEqual(2)
    find.mockRestore()
    reads.mockRestore()
  })

  it('sees a redirect made through another instance', async () => {
    const second = await startSecondInstance()
    try {
      const from = unique('/elsewhere')
      expect(await siteAnswer(from)).toBeNull()
      const made = await fetch(`${second.baseURL}/api/redirects`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `JWT ${world.tokens.editor}`,
        },
        body: JSON.stringify(byPath(from, '/submit')),
      })
      expect(made.status).toBe(201)
      expect(await siteAnswer(from)).toEqual({ status: 301, location: '/submit' })
    } finally {
      second.stop()
    }
  }, 180_000)
})
