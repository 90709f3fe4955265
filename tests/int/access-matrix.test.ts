/**
 * DESIGN.md's role table, cell by cell: every collection × operation × role, each asserted
 * allowed or refused through the Local API (overrideAccess: false, the caller's user) and through
 * real HTTP requests to the REST API.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Id } from '@/lib/relations'

import type { ApiResponse } from '../helpers/api'
import { filePart, pdfBytes, pngBytes } from '../helpers/files'
import {
  createArticle,
  createAuthor,
  createComment,
  createMedia,
  createStaff,
  createSubmission,
  createTopic,
  localStatus,
  ROLES,
  type Role,
  type World,
  uniqueEmail,
} from '../helpers/fixtures'
import { startWorld } from '../helpers/world'
import type { TestApp } from '../helpers/testApp'

let app: TestApp
let payload: Payload
let world: World
beforeAll(async () => ({ app, payload, world } = await startWorld()))
afterAll(() => app?.close())

type Slug = 'articles' | 'authors' | 'topics' | 'media' | 'comments' | 'submissions' | 'users'
type Outcome = 'allow' | 'deny'

const userOf = (role: Role) => (role === 'anonymous' ? undefined : world.users[role])
const local = (role: Role) => ({ user: userOf(role), overrideAccess: false as const })
const token = (role: Role) => world.tokens[role]

function expectOutcome(status: number, outcome: Outcome, label: string) {
  if (outcome === 'allow') expect([200, 201], `${label} should be allowed, got ${status}`).toContain(status)
  else expect([401, 403], `${label} should be refused, got ${status}`).toContain(status)
}

const ok = (response: ApiResponse) => response.status

// ---------------------------------------------------------------- read

/** Which of the world's documents each role can see: 'forbidden' when the whole read is refused. */
function readableWorldDocs(): Record<Slug, Record<Role, string[] | 'forbidden'>> {
  const all = { anonymous: 'all', intern: 'all', editor: 'all', admin: 'all' }
  void all
  return {
    articles: {
      anonymous: ['published'],
      intern: ['published', 'ownDraft'],
      editor: ['published', 'ownDraft', 'otherDraft'],
      admin: ['published', 'ownDraft', 'otherDraft'],
    },
    authors: { anonymous: ['ownAuthor', 'otherAuthor'], intern: ['ownAuthor', 'otherAuthor'], editor: ['ownAuthor', 'otherAuthor'], admin: ['ownAuthor', 'otherAuthor'] },
    topics: { anonymous: ['topic'], intern: ['topic'], editor: ['topic'], admin: ['topic'] },
    media: { anonymous: ['media'], intern: ['media'], editor: ['media'], admin: ['media'] },
    comments: {
      anonymous: ['approvedComment'],
      intern: ['approvedComment'],
      editor: ['approvedComment', 'pendingComment'],
      admin: ['approvedComment', 'pendingComment'],
    },
    submissions: { anonymous: 'forbidden', intern: 'forbidden', editor: ['submission'], admin: ['submission'] },
    users: {
      anonymous: 'forbidden',
      intern: ['intern'],
      editor: ['intern', 'editor', 'admin'],
      admin: ['intern', 'editor', 'admin'],
    },
  }
}

function worldDocs(slug: Slug): Record<string, Id> {
  const w = world
  const byName: Record<Slug, Record<string, Id>> = {
    articles: { published: w.published.id, ownDraft: w.ownDraft.id, otherDraft: w.otherDraft.id },
    authors: { ownAuthor: w.ownAuthor.id, otherAuthor: w.otherAuthor.id },
    topics: { topic: w.topic.id },
    media: { media: w.media.id },
    comments: { approvedComment: w.approvedComment.id, pendingComment: w.pendingComment.id },
    submissions: { submission: w.submission.id },
    users: { intern: w.users.intern.id, editor: w.users.editor.id, admin: w.users.admin.id },
  }
  return byName[slug]
}

/** Ids are opaque: compared as text, whatever type the engine and the JSON gave them. */
function namesOf(slug: Slug, ids: Id[]): string[] {
  const wanted = new Set(ids.map(String))
  return Object.entries(worldDocs(slug))
    .filter(([, id]) => wanted.has(String(id)))
    .map(([name]) => name)
    .sort()
}

describe('read', () => {
  const expectations = readableWorldDocs()
  for (const slug of Object.keys(expectations) as Slug[]) {
    for (const role of ROLES) {
      const expected = expectations[slug][role]
      it(`${slug} × ${role}: ${expected === 'forbidden' ? 'refused' : expected.join(', ')}`, async () => {
        // Local API, asking for drafts too: access must still hide what the role may not see.
        let localResult: string[] | 'forbidden'
        try {
          const found = await payload.find({ collection: slug, depth: 0, limit: 0, draft: true, ...local(role) })
          localResult = namesOf(slug, found.docs.map((doc) => doc.id))
        } catch (error) {
          expect((error as { status?: number }).status).toBe(403)
          localResult = 'forbidden'
        }

        const response = await world.api.get(`/api/${slug}?depth=0&limit=0&draft=true`, { token: token(role) })
        const restResult =
          response.status === 403 || response.status === 401
            ? 'forbidden'
            : namesOf(slug, response.body.docs.map((doc: { id: Id }) => doc.id))

        const sortedExpected = expected === 'forbidden' ? expected : [...expected].sort()
        expect(localResult).toEqual(sortedExpected)
        expect(restResult).toEqual(sortedExpected)
      })
    }
  }

  it('reads a single draft by id only when allowed', async () => {
    for (const role of ROLES) {
      const response = await world.api.get(`/api/articles/${world.otherDraft.id}?draft=true`, { token: token(role) })
      const allowed = role === 'editor' || role === 'admin'
      expect(response.status, role).toBe(allowed ? 200 : 404)
    }
  })

  it('site-settings × every role: readable', async () => {
    for (const role of ROLES) {
      const settings = await payload.findGlobal({ slug: 'site-settings', ...local(role) })
      expect(settings.siteName).toBeTruthy()
      expect(ok(await world.api.get('/api/globals/site-settings', { token: token(role) }))).toBe(200)
    }
  })
})

// ---------------------------------------------------------------- create

type CreateCase = {
  outcome: Record<Role, Outcome>
  local: (role: Role) => Promise<unknown>
  rest: (role: Role) => Promise<ApiResponse>
}

const staffOnly = { anonymous: 'deny', intern: 'allow', editor: 'allow', admin: 'allow' } as const
const editorsOnly = { anonymous: 'deny', intern: 'deny', editor: 'allow', admin: 'allow' } as const
const adminOnly = { anonymous: 'deny', intern: 'deny', editor: 'deny', admin: 'allow' } as const
const everyone = { anonymous: 'allow', intern: 'allow', editor: 'allow', admin: 'allow' } as const

let sequence = 0
const next = () => ++sequence

function multipart(fields: Record<string, unknown>, file: Blob, name: string): FormData {
  const form = new FormData()
  form.append('_payload', JSON.stringify(fields))
  form.append('file', file, name)
  return form
}

function submissionFields() {
  return {
    name: 'Outside Author',
    email: `outside${next()}@example.org`,
    bio: 'Researcher.',
    kind: 'commentary',
    title: 'On corridors',
    abstract: 'It argues.',
    language: 'en',
    consent: true,
  }
}

const createCases = (): Record<Slug, CreateCase> => ({
  articles: {
    outcome: staffOnly,
    local: (role) =>
      payload.create({
        collection: 'articles',
        draft: true,
        data: {
          title: `Created ${next()}`,
          standfirst: 's',
          body: world.published.body,
          authors: [world.ownAuthor.id],
          kind: 'analysis',
          reviewState: 'none',
        },
        ...local(role),
      }),
    rest: (role) =>
      world.api.post('/api/articles?draft=true', {
        token: token(role),
        json: { title: `Created ${next()}`, standfirst: 's', body: world.published.body, authors: [world.ownAuthor.id] },
      }),
  },
  authors: {
    outcome: editorsOnly,
    local: (role) => payload.create({ collection: 'authors', data: { name: `Author ${next()}` }, ...local(role) }),
    rest: (role) => world.api.post('/api/authors', { token: token(role), json: { name: `Author ${next()}` } }),
  },
  topics: {
    outcome: editorsOnly,
    local: (role) => payload.create({ collection: 'topics', data: { name: `Topic ${next()}` }, ...local(role) }),
    rest: (role) => world.api.post('/api/topics', { token: token(role), json: { name: `Topic ${next()}` } }),
  },
  media: {
    outcome: staffOnly,
    local: async (role) => {
      const data = await pngBytes()
      return payload.create({
        collection: 'media',
        data: { alt: 'Square' },
        file: { data, mimetype: 'image/png', name: `square-${next()}.png`, size: data.length },
        ...local(role),
      })
    },
    rest: async (role) =>
      world.api.post('/api/media', {
        token: token(role),
        form: multipart({ alt: 'Square' }, filePart(await pngBytes(), 'a.png', 'image/png'), `square-${next()}.png`),
      }),
  },
  comments: {
    outcome: everyone,
    local: (role) =>
      payload.create({
        collection: 'comments',
        data: {
          article: world.published.id,
          authorName: 'Reader',
          authorEmail: uniqueEmail(),
          body: `Hi ${next()}`,
          status: 'pending',
        },
        ...local(role),
      }),
    rest: (role) =>
      world.api.post('/api/comments', {
        token: token(role),
        json: { article: world.published.id, authorName: 'Reader', authorEmail: uniqueEmail(), body: `Hi ${next()}` },
      }),
  },
  submissions: {
    outcome: { anonymous: 'allow', intern: 'deny', editor: 'deny', admin: 'allow' },
    local: (role) => {
      const data = pdfBytes()
      return payload.create({
        collection: 'submissions',
        data: submissionFields() as never,
        file: { data, mimetype: 'application/pdf', name: `manuscript-${next()}.pdf`, size: data.length },
        ...local(role),
      })
    },
    rest: (role) =>
      world.api.post('/api/submissions', {
        token: token(role),
        form: multipart(submissionFields(), filePart(pdfBytes(), 'm.pdf', 'application/pdf'), `manuscript-${next()}.pdf`),
      }),
  },
  users: {
    outcome: adminOnly,
    local: (role) =>
      payload.create({
        collection: 'users',
        data: { name: 'New', email: `new${next()}@example.org`, password: 'a-long-password-1', role: 'intern' },
        ...local(role),
      }),
    rest: (role) =>
      world.api.post('/api/users', {
        token: token(role),
        json: { name: 'New', email: `new${next()}@example.org`, password: 'a-long-password-1' },
      }),
  },
})

describe('create', () => {
  const cases = createCases()
  for (const slug of Object.keys(cases) as Slug[]) {
    for (const role of ROLES) {
      const outcome = cases[slug].outcome[role]
      it(`${slug} × ${role}: ${outcome}`, async () => {
        const before = (await payload.count({ collection: slug })).totalDocs
        expectOutcome(await localStatus(() => cases[slug].local(role)), outcome, `Local create ${slug} as ${role}`)
        expectOutcome(ok(await cases[slug].rest(role)), outcome, `REST create ${slug} as ${role}`)
        const after = (await payload.count({ collection: slug })).totalDocs
        expect(after - before).toBe(outcome === 'allow' ? 2 : 0)
      })
    }
  }
})

// ---------------------------------------------------------------- update

type UpdateCase = {
  name: string
  outcome: Record<Role, Outcome>
  target: () => Promise<Id>
  data: Record<string, unknown>
  /** Save as a draft (articles): interns may only ever save drafts. */
  draft?: boolean
  /** Reads back the updated field, bypassing access, to prove a refusal changed nothing. */
  field: string
}

const updateCases = (): Record<Slug, UpdateCase[]> => ({
  articles: [
    {
      name: 'a draft the intern co-authors',
      outcome: staffOnly,
      target: async () => (await createArticle(payload, [world.ownAuthor.id], 'draft')).id,
      data: { standfirst: 'Changed' },
      draft: true,
      field: 'standfirst',
    },
    {
      name: "someone else's draft",
      outcome: editorsOnly,
      target: async () => (await createArticle(payload, [world.otherAuthor.id], 'draft')).id,
      data: { standfirst: 'Changed' },
      draft: true,
      field: 'standfirst',
    },
    {
      name: 'a published article the intern co-authors',
      outcome: editorsOnly,
      target: async () => (await createArticle(payload, [world.ownAuthor.id], 'published')).id,
      data: { standfirst: 'Changed' },
      field: 'standfirst',
    },
  ],
  authors: [
    {
      name: "the intern's own profile",
      outcome: staffOnly,
      target: async () => world.ownAuthor.id,
      data: { affiliation: `Changed ${next()}` },
      field: 'affiliation',
    },
    {
      name: 'another profile',
      outcome: editorsOnly,
      target: async () => (await createAuthor(payload)).id,
      data: { affiliation: 'Changed' },
      field: 'affiliation',
    },
  ],
  topics: [
    { name: 'a topic', outcome: editorsOnly, target: async () => (await createTopic(payload)).id, data: { description: 'Changed' }, field: 'description' },
  ],
  media: [
    { name: 'an image', outcome: editorsOnly, target: async () => (await createMedia(payload)).id, data: { alt: 'Changed' }, field: 'alt' },
  ],
  comments: [
    {
      name: 'a pending comment',
      outcome: editorsOnly,
      target: async () => (await createComment(payload, world.published.id, 'pending')).id,
      data: { status: 'approved' },
      field: 'status',
    },
  ],
  submissions: [
    {
      name: 'a submission',
      outcome: editorsOnly,
      target: async () => (await createSubmission(payload)).id,
      data: { status: 'in-review' },
      field: 'status',
    },
  ],
  users: [
    {
      name: 'another account',
      outcome: adminOnly,
      target: async () => (await createStaff(payload, 'intern')).user.id,
      data: { name: 'Changed' },
      field: 'name',
    },
  ],
})

describe('update', () => {
  const cases = updateCases()
  for (const slug of Object.keys(cases) as Slug[]) {
    for (const testCase of cases[slug]) {
      for (const role of ROLES) {
        const outcome = testCase.outcome[role]
        it(`${slug} (${testCase.name}) × ${role}: ${outcome}`, async () => {
          for (const surface of ['local', 'rest'] as const) {
            const id = await testCase.target()
            const before = await payload.findByID({ collection: slug, id, depth: 0, draft: true })
            const status =
              surface === 'local'
                ? await localStatus(() =>
                    payload.update({ collection: slug, id, data: testCase.data, draft: testCase.draft, ...local(role) }),
                  )
                : ok(
                    await world.api.patch(`/api/${slug}/${id}${testCase.draft ? '?draft=true' : ''}`, {
                      token: token(role),
                      json: testCase.data,
                    }),
                  )
            expectOutcome(status, outcome, `${surface} update ${slug} as ${role}`)
            const after = await payload.findByID({ collection: slug, id, depth: 0, draft: true })
            const field = testCase.field as keyof typeof after
            if (outcome === 'allow') expect(after[field]).toEqual(testCase.data[testCase.field])
            else expect(after[field]).toEqual(before[field])
          }
        })
      }
    }
  }

  it('users × every staff role: may update their own account', async () => {
    for (const role of ['intern', 'editor', 'admin'] as const) {
      const user = world.users[role]
      expectOutcome(
        await localStatus(() => payload.update({ collection: 'users', id: user.id, data: { name: `Self ${role}` }, ...local(role) })),
        'allow',
        `Local self-update as ${role}`,
      )
      expectOutcome(
        ok(await world.api.patch(`/api/users/${user.id}`, { token: token(role), json: { name: `Self REST ${role}` } })),
        'allow',
        `REST self-update as ${role}`,
      )
    }
  })

  it('site-settings: editors and admins update, others are refused', async () => {
    for (const role of ROLES) {
      const allowed: Outcome = role === 'editor' || role === 'admin' ? 'allow' : 'deny'
      const before = await payload.findGlobal({ slug: 'site-settings' })
      expectOutcome(
        await localStatus(() => payload.updateGlobal({ slug: 'site-settings', data: { contactEmail: `${role}@example.org` }, ...local(role) })),
        allowed,
        `Local settings update as ${role}`,
      )
      expectOutcome(
        ok(await world.api.post('/api/globals/site-settings', { token: token(role), json: { contactEmail: `rest-${role}@example.org` } })),
        allowed,
        `REST settings update as ${role}`,
      )
      const after = await payload.findGlobal({ slug: 'site-settings' })
      if (allowed === 'deny') expect(after.contactEmail).toEqual(before.contactEmail)
      else expect(after.contactEmail).toBe(`rest-${role}@example.org`)
    }
  })
})

// ---------------------------------------------------------------- delete

type DeleteCase = { name: string; outcome: Record<Role, Outcome>; target: () => Promise<Id> }

const deleteCases = (): Record<Slug, DeleteCase[]> => ({
  articles: [
    {
      name: "the intern's never-published draft",
      outcome: staffOnly,
      target: async () => (await createArticle(payload, [world.ownAuthor.id], 'draft')).id,
    },
    {
      name: "the intern's draft that was published before",
      outcome: editorsOnly,
      target: async () =>
        (await createArticle(payload, [world.ownAuthor.id], 'draft', { publishedAt: new Date(Date.now() - 86_400_000).toISOString() })).id,
    },
    {
      name: "someone else's draft",
      outcome: editorsOnly,
      target: async () => (await createArticle(payload, [world.otherAuthor.id], 'draft')).id,
    },
    {
      name: 'a published article the intern co-authors',
      outcome: editorsOnly,
      target: async () => (await createArticle(payload, [world.ownAuthor.id], 'published')).id,
    },
  ],
  authors: [{ name: 'an author', outcome: editorsOnly, target: async () => (await createAuthor(payload)).id }],
  topics: [{ name: 'a topic', outcome: editorsOnly, target: async () => (await createTopic(payload)).id }],
  media: [{ name: 'an image', outcome: editorsOnly, target: async () => (await createMedia(payload)).id }],
  comments: [
    { name: 'a comment', outcome: editorsOnly, target: async () => (await createComment(payload, world.published.id, 'approved')).id },
  ],
  submissions: [{ name: 'a submission', outcome: adminOnly, target: async () => (await createSubmission(payload)).id }],
  users: [{ name: 'an account', outcome: adminOnly, target: async () => (await createStaff(payload, 'intern')).user.id }],
})

describe('delete', () => {
  const cases = deleteCases()
  for (const slug of Object.keys(cases) as Slug[]) {
    for (const testCase of cases[slug]) {
      for (const role of ROLES) {
        const outcome = testCase.outcome[role]
        it(`${slug} (${testCase.name}) × ${role}: ${outcome}`, async () => {
          for (const surface of ['local', 'rest'] as const) {
            const id = await testCase.target()
            const status =
              surface === 'local'
                ? await localStatus(() => payload.delete({ collection: slug, id, ...local(role) }))
                : ok(await world.api.delete(`/api/${slug}/${id}`, { token: token(role) }))
            expectOutcome(status, outcome, `${surface} delete ${slug} as ${role}`)
            const remaining = await payload.find({ collection: slug, where: { id: { equals: id } }, draft: true, depth: 0 })
            expect(remaining.totalDocs).toBe(outcome === 'allow' ? 0 : 1)
          }
        })
      }
    }
  }
})
