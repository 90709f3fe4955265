/**
 * Fields a caller may not set are forced back (never stored), fields a caller may not read never
 * come back, and an intern cannot publish through any API surface.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Id } from '@/lib/relations'

import {
  createArticle,
  createComment,
  createStaff,
  uniqueEmail,
  type World,
} from '../helpers/fixtures'
import { erroredFields } from '../helpers/api'
import { startWorld } from '../helpers/world'
import type { TestApp } from '../helpers/testApp'

let app: TestApp
let payload: Payload
let world: World
beforeAll(async () => ({ app, payload, world } = await startWorld()))
afterAll(() => app?.close())

const commentInput = () => ({
  article: world.published.id,
  authorName: 'Sneaky',
  authorEmail: uniqueEmail('sneaky'),
  body: `Approve me ${Math.random()}`,
})

describe('comments', () => {
  it('stores an anonymous comment as pending whatever status it claims, with our own ipHash', async () => {
    const response = await world.api.post('/api/comments', {
      json: { ...commentInput(), status: 'approved', ipHash: 'forged' },
      headers: { 'x-forwarded-for': '203.0.113.9' },
    })
    expect(response.status).toBe(201)
    const stored = await payload.findByID({ collection: 'comments', id: response.body.doc.id })
    expect(stored.status).toBe('pending')
    expect(stored.ipHash).toMatch(/^[0-9a-f]{32}$/)
    expect(stored.ipHash).not.toContain('203.0.113.9')
  })

  it('ignores timestamps sent by a reader, whether back-dated or not dates at all', async () => {
    for (const [index, stamp] of [
      '2001-01-01T00:00:00.000Z',
      'zzz',
      true,
      { equals: 1 },
    ].entries()) {
      const response = await world.api.post('/api/comments', {
        json: { ...commentInput(), createdAt: stamp, updatedAt: stamp },
        headers: { 'x-forwarded-for': `203.0.113.${20 + index}` },
      })
      expect(response.status, JSON.stringify(stamp)).toBe(201)
      const stored = await payload.findByID({ collection: 'comments', id: response.body.doc.id })
      for (const own of [stored.createdAt, stored.updatedAt])
        expect(Date.now() - Date.parse(own), JSON.stringify(stamp)).toBeLessThan(60_000)
    }
  })

  it('removes NUL characters, which one engine cuts text at and another refuses: a comment of only NULs is refused', async () => {
    const kept = await world.api.post('/api/comments', {
      json: { ...commentInput(), body: 'before\u0000after' },
      headers: { 'x-forwarded-for': '203.0.113.30' },
    })
    expect(kept.status).toBe(201)
    expect((await payload.findByID({ collection: 'comments', id: kept.body.doc.id })).body).toBe(
      'beforeafter',
    )
    const empty = await world.api.post('/api/comments', {
      json: { ...commentInput(), body: '\u0000\u0000' },
      headers: { 'x-forwarded-for': '203.0.113.31' },
    })
    expect(empty.status).toBe(400)
    expect(erroredFields(empty.body)).toContain('body')
  })

  it('removes NUL characters from compared values too: a query with one answers, on every engine', async () => {
    const response = await world.api.get(
      `/api/articles?where[title][like]=${encodeURIComponent('a\u0000b')}`,
    )
    expect(response.status).toBe(200)
    const local = await payload.find({
      collection: 'articles',
      where: { title: { like: 'x\u0000' } },
      overrideAccess: false,
    })
    expect(local.docs).toBeInstanceOf(Array)
  })

  it('ignores a status sent through the Local API on behalf of a reader', async () => {
    const created = await payload.create({
      collection: 'comments',
      data: { ...commentInput(), status: 'approved' },
      overrideAccess: false,
    })
    expect((await payload.findByID({ collection: 'comments', id: created.id })).status).toBe(
      'pending',
    )
  })

  it('never returns authorEmail or ipHash to anonymous callers, over REST or GraphQL', async () => {
    const list = await world.api.get('/api/comments?depth=0')
    expect(list.status).toBe(200)
    expect(list.body.docs.length).toBeGreaterThan(0)
    for (const doc of list.body.docs) {
      expect(doc).not.toHaveProperty('authorEmail')
      expect(doc).not.toHaveProperty('ipHash')
    }
    const one = await world.api.get(`/api/comments/${world.approvedComment.id}`)
    expect(one.body).not.toHaveProperty('authorEmail')
    expect(JSON.stringify(list.body)).not.toContain('@example.org')

    const graphql = await world.api.graphql(
      '{ Comments { docs { id authorName authorEmail ipHash status } } }',
    )
    expect(graphql.status).toBe(200)
    for (const doc of graphql.body.data.Comments.docs) {
      expect(doc.authorEmail).toBeNull()
      expect(doc.ipHash).toBeNull()
      expect(doc.status).toBe('approved')
    }
  })

  it('shows authorEmail to editors', async () => {
    const one = await world.api.get(`/api/comments/${world.approvedComment.id}`, {
      token: world.tokens.editor,
    })
    expect(one.body.authorEmail).toMatch(/@example\.org$/)
  })

  it('refuses a comment on a draft or on a missing article, naming the field', async () => {
    // A missing article whose id is valid on every engine: one made and deleted again.
    const gone = await createArticle(payload, [world.otherAuthor.id], 'published')
    await payload.delete({ collection: 'articles', id: gone.id })
    for (const article of [world.otherDraft.id, gone.id]) {
      const response = await world.api.post('/api/comments', {
        json: { ...commentInput(), article },
      })
      expect(response.status).toBe(400)
      expect(response.body.errors[0].data.errors[0].path).toBe('article')
    }
  })

  it("refuses a reply whose parent is held or belongs to another article's thread", async () => {
    const otherArticle = await createArticle(payload, [world.otherAuthor.id], 'published')
    const foreign = await createComment(payload, otherArticle.id, 'approved')
    for (const parent of [world.pendingComment.id, foreign.id]) {
      const response = await world.api.post('/api/comments', {
        json: { ...commentInput(), parent },
      })
      expect(response.status).toBe(400)
      expect(response.body.errors[0].data.errors[0].path).toBe('parent')
    }
    const reply = await world.api.post('/api/comments', {
      json: { ...commentInput(), parent: world.approvedComment.id },
    })
    expect(reply.status).toBe(201)
  })
})

describe('submissions', () => {
  it('are never listed, read or changed by readers or interns over GraphQL', async () => {
    for (const role of ['anonymous', 'intern'] as const) {
      const token = world.tokens[role]
      const list = await world.api.graphql(
        '{ Submissions { docs { id email reference } } }',
        {},
        token,
      )
      expect(list.body.data?.Submissions ?? null, role).toBeNull()
      expect(list.body.errors?.[0]?.extensions?.statusCode, role).toBe(403)
      // Ids as GraphQL literals: the argument's type (Int or String) is the engine's, not ours to know.
      const one = await world.api.graphql(
        `{ Submission(id: ${JSON.stringify(world.submission.id)}) { id email } }`,
        {},
        token,
      )
      expect(one.body.data?.Submission ?? null, role).toBeNull()
      expect(JSON.stringify([list.body, one.body]), role).not.toContain(world.submission.email)
      const update = await world.api.graphql(
        `mutation { updateSubmission(id: ${JSON.stringify(world.submission.id)}, data: { status: accepted }) { id status } }`,
        {},
        token,
      )
      expect(update.body.errors?.[0]?.extensions?.statusCode, role).toBe(403)
    }
    expect(
      (await payload.findByID({ collection: 'submissions', id: world.submission.id })).status,
    ).toBe('received')
  })

  it('ignore a status, reference or article set by the submitter', async () => {
    const { pdfBytes, filePart } = await import('../helpers/files')
    const form = new FormData()
    form.append(
      '_payload',
      JSON.stringify({
        name: 'N',
        email: 'n@example.org',
        bio: 'b',
        kind: 'analysis',
        title: 't',
        abstract: 'a',
        language: 'en',
        consent: true,
        status: 'accepted',
        reference: 'TT-1999-9999',
        editorNotes: 'Accept it',
        article: world.published.id,
      }),
    )
    form.append('file', filePart(pdfBytes(), 'm.pdf', 'application/pdf'), 'manuscript.pdf')
    const response = await world.api.post('/api/submissions', { form })
    expect(response.status).toBe(201)
    const stored = await payload.findByID({ collection: 'submissions', id: response.body.doc.id })
    expect(stored.status).toBe('received')
    expect(stored.reference).toMatch(/^TT-\d{4}-\d{4}$/)
    expect(stored.reference).not.toBe('TT-1999-9999')
    expect(stored.editorNotes ?? null).toBeNull()
    expect(stored.article ?? null).toBeNull()
  })

  it('give submissions sent at the same moment distinct references (none refused)', async () => {
    const { pdfBytes, filePart } = await import('../helpers/files')
    const send = (index: number) => {
      const form = new FormData()
      const fields = {
        name: `N${index}`,
        email: `same-moment-${index}@example.org`,
        bio: 'b',
        kind: 'analysis',
        title: `t${index}`,
        abstract: 'a',
        language: 'en',
        consent: true,
      }
      form.append('_payload', JSON.stringify(fields))
      form.append(
        'file',
        filePart(pdfBytes(), 'm.pdf', 'application/pdf'),
        `same-moment-${index}.pdf`,
      )
      return world.api.post('/api/submissions', { form })
    }
    const responses = await Promise.all(Array.from({ length: 8 }, (_, index) => send(index)))
    expect(responses.map(({ status }) => status)).toEqual(Array(8).fill(201))
    expect(new Set(responses.map(({ body }) => body.doc.reference)).size).toBe(8)
  })
})

describe('articles: an intern cannot publish', () => {
  const unchanged = async (id: Id, status: 'draft' | 'published' = 'draft') => {
    const doc = await payload.findByID({ collection: 'articles', id, depth: 0 })
    expect(doc._status).toBe(status)
    expect(doc.publishedAt ?? null).toBeNull()
  }

  it('through REST PATCH of _status', async () => {
    const draft = await createArticle(payload, [world.ownAuthor.id], 'draft')
    for (const path of [`/api/articles/${draft.id}`, `/api/articles/${draft.id}?draft=true`]) {
      const response = await world.api.patch(path, {
        token: world.tokens.intern,
        json: { _status: 'published' },
      })
      expect(response.status).toBe(403)
    }
    await unchanged(draft.id)
  })

  it('through a where-based bulk update', async () => {
    const draft = await createArticle(payload, [world.ownAuthor.id], 'draft')
    const response = await world.api.patch(`/api/articles?where[id][equals]=${draft.id}`, {
      token: world.tokens.intern,
      json: { _status: 'published' },
    })
    expect(response.body.docs ?? []).toHaveLength(0)
    expect(response.body.errors?.length).toBeGreaterThan(0)
    await unchanged(draft.id)
  })

  it('through GraphQL', async () => {
    const draft = await createArticle(payload, [world.ownAuthor.id], 'draft')
    const response = await world.api.graphql(
      `mutation { updateArticle(id: ${JSON.stringify(draft.id)}, data: { _status: published }) { id _status } }`,
      {},
      world.tokens.intern,
    )
    expect(response.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    await unchanged(draft.id)
  })

  it('by creating an article as published', async () => {
    const before = (await payload.count({ collection: 'articles' })).totalDocs
    const response = await world.api.post('/api/articles', {
      token: world.tokens.intern,
      json: {
        title: 'Straight to print',
        standfirst: 's',
        body: world.published.body,
        authors: [world.ownAuthor.id],
        _status: 'published',
      },
    })
    expect(response.status).toBe(403)
    expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(before)
  })

  it('while saving drafts and sending them for review works', async () => {
    const draft = await createArticle(payload, [world.ownAuthor.id], 'draft')
    const response = await world.api.patch(`/api/articles/${draft.id}?draft=true`, {
      token: world.tokens.intern,
      json: { reviewState: 'in-review', standfirst: 'Ready' },
    })
    expect(response.status).toBe(200)
    const stored = await payload.findByID({ collection: 'articles', id: draft.id, draft: true })
    expect(stored.reviewState).toBe('in-review')
    expect(stored._status).toBe('draft')
  })

  it('cannot mark a draft "changes requested" (editors only): the value is forced back', async () => {
    const draft = await createArticle(payload, [world.ownAuthor.id], 'draft')
    await world.api.patch(`/api/articles/${draft.id}?draft=true`, {
      token: world.tokens.intern,
      json: { reviewState: 'changes-requested' },
    })
    expect(
      (await payload.findByID({ collection: 'articles', id: draft.id, draft: true })).reviewState,
    ).toBe('none')
  })

  it('cannot drop themselves from the byline (400 naming authors)', async () => {
    const draft = await createArticle(payload, [world.ownAuthor.id, world.otherAuthor.id], 'draft')
    const response = await world.api.patch(`/api/articles/${draft.id}?draft=true`, {
      token: world.tokens.intern,
      json: { authors: [world.otherAuthor.id] },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0].path).toBe('authors')
  })

  it('cannot set publishedAt', async () => {
    const draft = await createArticle(payload, [world.ownAuthor.id], 'draft')
    await world.api.patch(`/api/articles/${draft.id}?draft=true`, {
      token: world.tokens.intern,
      json: { publishedAt: '2020-01-01T00:00:00.000Z' },
    })
    await unchanged(draft.id)
  })

  it('editors publish, which stamps publishedAt', async () => {
    const draft = await createArticle(payload, [world.ownAuthor.id], 'draft')
    const response = await world.api.patch(`/api/articles/${draft.id}`, {
      token: world.tokens.editor,
      json: { _status: 'published' },
    })
    expect(response.status).toBe(200)
    const stored = await payload.findByID({ collection: 'articles', id: draft.id })
    expect(stored._status).toBe('published')
    expect(stored.publishedAt).toBeTruthy()
  })
})

describe('users', () => {
  it('an intern cannot change any role, their own included', async () => {
    const other = await createStaff(payload, 'intern')
    for (const id of [world.users.intern.id, other.user.id]) {
      await world.api.patch(`/api/users/${id}`, {
        token: world.tokens.intern,
        json: { role: 'admin' },
      })
      await payload
        .update({
          collection: 'users',
          id,
          data: { role: 'admin' },
          user: world.users.intern,
          overrideAccess: false,
        })
        .catch(() => undefined)
      expect((await payload.findByID({ collection: 'users', id })).role).toBe('intern')
    }
  })

  it('an editor cannot promote themselves, nor re-link their author profile', async () => {
    await world.api.patch(`/api/users/${world.users.editor.id}`, {
      token: world.tokens.editor,
      json: { role: 'admin', author: world.otherAuthor.id },
    })
    const stored = await payload.findByID({
      collection: 'users',
      id: world.users.editor.id,
      depth: 0,
    })
    expect(stored.role).toBe('editor')
    expect(stored.author ?? null).toBeNull()
  })

  it('an admin changes roles', async () => {
    const other = await createStaff(payload, 'intern')
    const response = await world.api.patch(`/api/users/${other.user.id}`, {
      token: world.tokens.admin,
      json: { role: 'editor' },
    })
    expect(response.status).toBe(200)
    expect((await payload.findByID({ collection: 'users', id: other.user.id })).role).toBe('editor')
  })

  it('only admins unlock a locked account', async () => {
    const locked = await createStaff(payload, 'intern')
    // Locking for everyone takes 30 failures in a row (each request comes from a new address).
    for (let attempt = 0; attempt < 30; attempt++) {
      await world.api.post('/api/users/login', {
        json: { email: locked.email, password: 'wrong-password' },
      })
    }
    // Payload answers a locked account with 401 and says why.
    const lockedOut = async () => {
      const response = await world.api.post('/api/users/login', {
        json: { email: locked.email, password: locked.password },
      })
      return response.status === 401 && /locked/i.test(JSON.stringify(response.body))
    }
    expect(await lockedOut()).toBe(true)

    for (const role of ['anonymous', 'intern', 'editor'] as const) {
      const response = await world.api.post('/api/users/unlock', {
        token: world.tokens[role],
        json: { email: locked.email },
      })
      expect([401, 403], role).toContain(response.status)
    }
    expect(await lockedOut()).toBe(true)

    const unlocked = await world.api.post('/api/users/unlock', {
      token: world.tokens.admin,
      json: { email: locked.email },
    })
    expect(unlocked.status).toBe(200)
    expect(
      (
        await world.api.post('/api/users/login', {
          json: { email: locked.email, password: locked.password },
        })
      ).status,
    ).toBe(200)
  })

  it('the first account of a fresh install becomes an admin', async () => {
    // This file's database already has accounts: creating one more as nobody stays an intern.
    const extra = await payload.create({
      collection: 'users',
      data: {
        name: 'Late',
        email: 'late@example.org',
        password: 'a-long-password-1',
        role: 'intern',
      },
    })
    expect(extra.role).toBe('intern')
  })
})

describe('GraphQL reads as anonymous', () => {
  it('lists only published articles', async () => {
    const response = await world.api.graphql(
      '{ Articles(draft: true, limit: 100) { docs { id _status } } }',
    )
    const docs = response.body.data.Articles.docs as { id: Id; _status: string }[]
    expect(docs.map((doc) => String(doc.id))).toContain(String(world.published.id))
    expect(docs.map((doc) => String(doc.id))).not.toContain(String(world.ownDraft.id))
    expect(docs.every((doc) => doc._status === 'published')).toBe(true)
  })

  it('cannot read a draft by id', async () => {
    const response = await world.api.graphql(
      `{ Article(id: ${JSON.stringify(world.otherDraft.id)}, draft: true) { id title } }`,
    )
    expect(response.body.data?.Article ?? null).toBeNull()
  })
})
