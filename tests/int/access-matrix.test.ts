/**
 * The role table of src/access/permissions.ts (DESIGN.md's "Who may do what"), cell by cell: every
 * collection × operation × role, each asserted allowed or refused through the Local API
 * (overrideAccess: false, the caller's user) and through real HTTP requests to the REST API. The
 * expected outcome of each cell is read from the table; the cases say which scopes their document
 * falls in, so a change to the table changes what is tested and the code must follow it.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PERMISSIONS, type Rule } from '@/access/permissions'
import type { ScopeName } from '@/access/scopes'
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
  if (outcome === 'allow')
    expect([200, 201], `${label} should be allowed, got ${status}`).toContain(status)
  else expect([401, 403], `${label} should be refused, got ${status}`).toContain(status)
}

const ok = (response: ApiResponse) => response.status

/** The scopes of the table a case's document falls in, as seen by each role (e.g. `self` for one's own account). */
type ScopesFor = (role: Role) => ScopeName[]
const noScope: ScopesFor = () => []

const ruleOf = (slug: Slug | 'site-settings', action: string): Rule =>
  (PERMISSIONS[slug].actions as Record<string, Rule>)[action]

/** Whether the table lets `role` do `action` on a document in these scopes. */
function granted(
  slug: Slug | 'site-settings',
  action: string,
  role: Role,
  scopes: ScopesFor = noScope,
): boolean {
  const grant = ruleOf(slug, action)[role]
  return grant === 'all' || (grant !== undefined && scopes(role).includes(grant))
}

/** Each role's expected outcome for `action`, read from the table. */
const outcomes = (slug: Slug, action: string, scopes: ScopesFor = noScope): Record<Role, Outcome> =>
  Object.fromEntries(
    ROLES.map((role) => [role, granted(slug, action, role, scopes) ? 'allow' : 'deny']),
  ) as Record<Role, Outcome>

/** A document co-authored by the intern's author profile. */
const coAuthoredBy =
  (...scopes: ScopeName[]): ScopesFor =>
  (role) =>
    role === 'intern' ? scopes : []

// ---------------------------------------------------------------- read

/**
 * The scopes each of the world's documents falls in, for each role: the published article is
 * `published` for everyone, the intern's own draft is co-authored by the intern, and so on.
 */
function scopesOfWorldDocs(): Record<Slug, Record<string, ScopesFor>> {
  const everyone =
    (...scopes: ScopeName[]): ScopesFor =>
    () =>
      scopes
  const ownAccount =
    (name: string): ScopesFor =>
    (role) =>
      role === name ? ['self'] : []
  return {
    articles: {
      published: everyone('published', 'publishedOrCoAuthored'),
      ownDraft: coAuthoredBy('publishedOrCoAuthored'),
      otherDraft: noScope,
    },
    // The world's authors are staff profiles, public from the start (guests: guest-authors.test.ts).
    authors: {
      ownAuthor: (role) => ['publicProfile', ...coAuthoredBy('ownProfile')(role)],
      otherAuthor: everyone('publicProfile'),
    },
    topics: { topic: noScope },
    media: { media: noScope },
    comments: { approvedComment: everyone('approved'), pendingComment: noScope },
    submissions: { submission: noScope },
    users: {
      intern: ownAccount('intern'),
      editor: ownAccount('editor'),
      admin: ownAccount('admin'),
    },
  }
}

/** Which of the world's documents each role can see by the table: 'forbidden' when it grants no read at all. */
function readableWorldDocs(): Record<Slug, Record<Role, string[] | 'forbidden'>> {
  const docs = scopesOfWorldDocs()
  const visible = (slug: Slug, role: Role) =>
    ruleOf(slug, 'read')[role] === undefined
      ? 'forbidden'
      : Object.keys(docs[slug]).filter((name) => granted(slug, 'read', role, docs[slug][name]))
  return Object.fromEntries(
    (Object.keys(docs) as Slug[]).map((slug) => [
      slug,
      Object.fromEntries(ROLES.map((role) => [role, visible(slug, role)])),
    ]),
  ) as Record<Slug, Record<Role, string[] | 'forbidden'>>
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
          const found = await payload.find({
            collection: slug,
            depth: 0,
            limit: 0,
            draft: true,
            ...local(role),
          })
          localResult = namesOf(
            slug,
            found.docs.map((doc) => doc.id),
          )
        } catch (error) {
          expect((error as { status?: number }).status).toBe(403)
          localResult = 'forbidden'
        }

        const response = await world.api.get(`/api/${slug}?depth=0&limit=0&draft=true`, {
          token: token(role),
        })
        const restResult =
          response.status === 403 || response.status === 401
            ? 'forbidden'
            : namesOf(
                slug,
                response.body.docs.map((doc: { id: Id }) => doc.id),
              )

        const sortedExpected = expected === 'forbidden' ? expected : [...expected].sort()
        expect(localResult).toEqual(sortedExpected)
        expect(restResult).toEqual(sortedExpected)
      })
    }
  }

  it('reads a single draft by id only when allowed', async () => {
    for (const role of ROLES) {
      const response = await world.api.get(`/api/articles/${world.otherDraft.id}?draft=true`, {
        token: token(role),
      })
      expect(response.status, role).toBe(granted('articles', 'read', role) ? 200 : 404)
    }
  })

  it('site-settings × every role: readable', async () => {
    for (const role of ROLES) {
      expect(granted('site-settings', 'read', role), role).toBe(true)
      const settings = await payload.findGlobal({ slug: 'site-settings', ...local(role) })
      expect(settings.siteName).toBeTruthy()
      expect(ok(await world.api.get('/api/globals/site-settings', { token: token(role) }))).toBe(
        200,
      )
    }
  })
})

// ---------------------------------------------------------------- create

type CreateCase = {
  outcome: Record<Role, Outcome>
  local: (role: Role) => Promise<unknown>
  rest: (role: Role) => Promise<ApiResponse>
}

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
    outcome: outcomes('articles', 'create'),
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
        json: {
          title: `Created ${next()}`,
          standfirst: 's',
          body: world.published.body,
          authors: [world.ownAuthor.id],
        },
      }),
  },
  authors: {
    outcome: outcomes('authors', 'create'),
    local: (role) =>
      payload.create({ collection: 'authors', data: { name: `Author ${next()}` }, ...local(role) }),
    rest: (role) =>
      world.api.post('/api/authors', { token: token(role), json: { name: `Author ${next()}` } }),
  },
  topics: {
    outcome: outcomes('topics', 'create'),
    local: (role) =>
      payload.create({ collection: 'topics', data: { name: `Topic ${next()}` }, ...local(role) }),
    rest: (role) =>
      world.api.post('/api/topics', { token: token(role), json: { name: `Topic ${next()}` } }),
  },
  media: {
    outcome: outcomes('media', 'create'),
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
        form: multipart(
          { alt: 'Square' },
          filePart(await pngBytes(), 'a.png', 'image/png'),
          `square-${next()}.png`,
        ),
      }),
  },
  comments: {
    outcome: outcomes('comments', 'create'),
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
        json: {
          article: world.published.id,
          authorName: 'Reader',
          authorEmail: uniqueEmail(),
          body: `Hi ${next()}`,
        },
      }),
  },
  submissions: {
    outcome: outcomes('submissions', 'create'),
    local: (role) => {
      const data = pdfBytes()
      return payload.create({
        collection: 'submissions',
        data: submissionFields() as never,
        file: {
          data,
          mimetype: 'application/pdf',
          name: `manuscript-${next()}.pdf`,
          size: data.length,
        },
        ...local(role),
      })
    },
    rest: (role) =>
      world.api.post('/api/submissions', {
        token: token(role),
        form: multipart(
          submissionFields(),
          filePart(pdfBytes(), 'm.pdf', 'application/pdf'),
          `manuscript-${next()}.pdf`,
        ),
      }),
  },
  users: {
    outcome: outcomes('users', 'create'),
    local: (role) =>
      payload.create({
        collection: 'users',
        data: {
          name: 'New',
          email: `new${next()}@example.org`,
          password: 'a-long-password-1',
          role: 'intern',
        },
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
        expectOutcome(
          await localStatus(() => cases[slug].local(role)),
          outcome,
          `Local create ${slug} as ${role}`,
        )
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
  /** The scopes the target lies in, for each role (none: only an 'all' grant allows it). */
  scopes?: ScopesFor
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
      scopes: coAuthoredBy('coAuthored'),
      target: async () => (await createArticle(payload, [world.ownAuthor.id], 'draft')).id,
      data: { standfirst: 'Changed' },
      draft: true,
      field: 'standfirst',
    },
    {
      name: "someone else's draft",
      target: async () => (await createArticle(payload, [world.otherAuthor.id], 'draft')).id,
      data: { standfirst: 'Changed' },
      draft: true,
      field: 'standfirst',
    },
    {
      // Saved as a working copy: tests/int/working-copies.test.ts shows the live article unchanged.
      name: 'a published article the intern co-authors',
      scopes: coAuthoredBy('coAuthored'),
      target: async () => (await createArticle(payload, [world.ownAuthor.id], 'published')).id,
      data: { standfirst: 'Changed' },
      draft: true,
      field: 'standfirst',
    },
  ],
  authors: [
    {
      name: "the intern's own profile",
      scopes: coAuthoredBy('ownProfile'),
      target: async () => world.ownAuthor.id,
      data: { affiliation: `Changed ${next()}` },
      field: 'affiliation',
    },
    {
      name: 'another profile',
      target: async () => (await createAuthor(payload)).id,
      data: { affiliation: 'Changed' },
      field: 'affiliation',
    },
  ],
  topics: [
    {
      name: 'a topic',
      target: async () => (await createTopic(payload)).id,
      data: { description: 'Changed' },
      field: 'description',
    },
  ],
  media: [
    {
      name: 'an image',
      target: async () => (await createMedia(payload)).id,
      data: { alt: 'Changed' },
      field: 'alt',
    },
  ],
  comments: [
    {
      name: 'a pending comment',
      target: async () => (await createComment(payload, world.published.id, 'pending')).id,
      data: { status: 'approved' },
      field: 'status',
    },
  ],
  submissions: [
    {
      name: 'a submission',
      target: async () => (await createSubmission(payload)).id,
      data: { status: 'in-review' },
      field: 'status',
    },
  ],
  users: [
    {
      name: 'another account',
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
        const outcome = outcomes(slug, 'update', testCase.scopes)[role]
        it(`${slug} (${testCase.name}) × ${role}: ${outcome}`, async () => {
          for (const surface of ['local', 'rest'] as const) {
            const id = await testCase.target()
            const before = await payload.findByID({ collection: slug, id, depth: 0, draft: true })
            const status =
              surface === 'local'
                ? await localStatus(() =>
                    payload.update({
                      collection: slug,
                      id,
                      data: testCase.data,
                      draft: testCase.draft,
                      ...local(role),
                    }),
                  )
                : ok(
                    await world.api.patch(
                      `/api/${slug}/${id}${testCase.draft ? '?draft=true' : ''}`,
                      {
                        token: token(role),
                        json: testCase.data,
                      },
                    ),
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
      expect(
        granted('users', 'update', role, () => ['self']),
        role,
      ).toBe(true)
      expectOutcome(
        await localStatus(() =>
          payload.update({
            collection: 'users',
            id: user.id,
            data: { name: `Self ${role}` },
            ...local(role),
          }),
        ),
        'allow',
        `Local self-update as ${role}`,
      )
      expectOutcome(
        ok(
          await world.api.patch(`/api/users/${user.id}`, {
            token: token(role),
            json: { name: `Self REST ${role}` },
          }),
        ),
        'allow',
        `REST self-update as ${role}`,
      )
    }
  })

  it('site-settings: editors and admins update, others are refused', async () => {
    for (const role of ROLES) {
      const allowed: Outcome = granted('site-settings', 'update', role) ? 'allow' : 'deny'
      const before = await payload.findGlobal({ slug: 'site-settings' })
      expectOutcome(
        await localStatus(() =>
          payload.updateGlobal({
            slug: 'site-settings',
            data: { contactEmail: `${role}@example.org` },
            ...local(role),
          }),
        ),
        allowed,
        `Local settings update as ${role}`,
      )
      expectOutcome(
        ok(
          await world.api.post('/api/globals/site-settings', {
            token: token(role),
            json: { contactEmail: `rest-${role}@example.org` },
          }),
        ),
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

type DeleteCase = { name: string; scopes?: ScopesFor; target: () => Promise<Id> }

const deleteCases = (): Record<Slug, DeleteCase[]> => ({
  articles: [
    {
      name: "the intern's never-published draft",
      scopes: coAuthoredBy('neverPublishedCoAuthoredDraft'),
      target: async () => (await createArticle(payload, [world.ownAuthor.id], 'draft')).id,
    },
    {
      name: "the intern's draft that was published before",
      target: async () =>
        (
          await createArticle(payload, [world.ownAuthor.id], 'draft', {
            publishedAt: new Date(Date.now() - 86_400_000).toISOString(),
          })
        ).id,
    },
    {
      name: "someone else's draft",
      target: async () => (await createArticle(payload, [world.otherAuthor.id], 'draft')).id,
    },
    {
      // Saved as a working copy: tests/int/working-copies.test.ts shows the live article unchanged.
      name: 'a published article the intern co-authors',
      scopes: coAuthoredBy('coAuthored'),
      target: async () => (await createArticle(payload, [world.ownAuthor.id], 'published')).id,
    },
  ],
  authors: [{ name: 'an author', target: async () => (await createAuthor(payload)).id }],
  topics: [{ name: 'a topic', target: async () => (await createTopic(payload)).id }],
  media: [{ name: 'an image', target: async () => (await createMedia(payload)).id }],
  comments: [
    {
      name: 'a comment',
      target: async () => (await createComment(payload, world.published.id, 'approved')).id,
    },
  ],
  submissions: [{ name: 'a submission', target: async () => (await createSubmission(payload)).id }],
  users: [
    { name: 'an account', target: async () => (await createStaff(payload, 'intern')).user.id },
  ],
})

describe('delete', () => {
  const cases = deleteCases()
  for (const slug of Object.keys(cases) as Slug[]) {
    for (const testCase of cases[slug]) {
      for (const role of ROLES) {
        const outcome = outcomes(slug, 'delete', testCase.scopes)[role]
        it(`${slug} (${testCase.name}) × ${role}: ${outcome}`, async () => {
          for (const surface of ['local', 'rest'] as const) {
            const id = await testCase.target()
            const status =
              surface === 'local'
                ? await localStatus(() => payload.delete({ collection: slug, id, ...local(role) }))
                : ok(await world.api.delete(`/api/${slug}/${id}`, { token: token(role) }))
            expectOutcome(status, outcome, `${surface} delete ${slug} as ${role}`)
            const remaining = await payload.find({
              collection: slug,
              where: { id: { equals: id } },
              draft: true,
              depth: 0,
            })
            expect(remaining.totalDocs).toBe(outcome === 'allow' ? 0 : 1)
          }
        })
      }
    }
  }
})
