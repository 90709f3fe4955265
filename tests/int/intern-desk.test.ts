/**
 * The server side of an intern's working day in the admin: what "Submit for review" and "Request
 * changes" answer (the step and how many were e-mailed, for the confirmation), the editors'
 * message cleared once the draft is sent back, who saved each version, a draft in review kept
 * from deletion on REST and GraphQL, and the hourly clean-up of the empty drafts "Create New"
 * leaves behind.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rolesThatCan } from '@/access/gate'
import { deleteUntouchedDrafts, UNTOUCHED_AFTER_MS } from '@/collections/Articles/untouchedDrafts'
import { readOutbox } from '@/lib/email'
import { readReviewNotice } from '@/lib/reviewNotice'
import type { Article } from '@/payload-types'

import { createArticle, createStaff, richText, type World } from '../helpers/fixtures'
import type { TestApp } from '../helpers/testApp'
import { startWorld } from '../helpers/world'

let app: TestApp
let payload: Payload
let world: World
beforeAll(async () => ({ app, payload, world } = await startWorld()))
afterAll(() => app?.close())

const latestDraft = (id: Article['id']) =>
  payload.findByID({ collection: 'articles', id, depth: 0, draft: true })
const exists = async (id: Article['id']) =>
  (await payload.count({ collection: 'articles', where: { id: { equals: id } } })).totalDocs === 1
const ownDraft = () => createArticle(payload, [world.ownAuthor.id], 'draft')
const intern = () => ({ ...world.users.intern, collection: 'users' as const })

const editorAddresses = async () =>
  (
    await payload.find({
      collection: 'users',
      where: { role: { in: rolesThatCan('articles', 'publish') } },
      limit: 100,
      depth: 0,
    })
  ).docs.length

describe('the confirmations say what happened and who was told', () => {
  it('submit, request changes, resubmit: each answer names its step and how many were e-mailed', async () => {
    const coIntern = await createStaff(payload, 'intern', world.otherAuthor.id)
    const draft = await createArticle(payload, [world.ownAuthor.id, world.otherAuthor.id], 'draft')

    const submitted = await world.api.patch(`/api/articles/${draft.id}?draft=true`, {
      token: world.tokens.intern,
      json: { reviewState: 'in-review' },
    })
    expect(submitted.status).toBe(200)
    const told = await editorAddresses()
    expect(told).toBeGreaterThanOrEqual(2)
    expect(readReviewNotice(submitted.headers)).toEqual({ step: 'in-review', told })

    const message = 'Name the three riparian states in the first paragraph.\nAnd cite the treaty.'
    const requested = await world.api.patch(`/api/articles/${draft.id}?draft=true`, {
      token: world.tokens.editor,
      json: { reviewState: 'changes-requested', reviewNote: message },
    })
    expect(requested.status).toBe(200)
    // The intern and the co-intern behind the other byline.
    expect(readReviewNotice(requested.headers)).toEqual({ step: 'changes-requested', told: 2 })
    expect(readOutbox(process.env.MAIL_OUTBOX!).at(-1)?.to).toContain(coIntern.email)
    expect((await latestDraft(draft.id)).reviewNote).toBe(message)

    // Revising (autosaves) takes no step and says nothing; the message is still the open request.
    const autosaved = await world.api.patch(`/api/articles/${draft.id}?draft=true&autosave=true`, {
      token: world.tokens.intern,
      json: { standfirst: 'Three states share the Kura.' },
    })
    expect(autosaved.status).toBe(200)
    expect(readReviewNotice(autosaved.headers)).toBeUndefined()
    expect((await latestDraft(draft.id)).reviewNote).toBe(message)

    // Sent back for review: the request is answered, so its message is no longer shown as current.
    const resubmitted = await world.api.patch(`/api/articles/${draft.id}?draft=true`, {
      token: world.tokens.intern,
      json: { reviewState: 'in-review' },
    })
    expect(readReviewNotice(resubmitted.headers)).toEqual({ step: 'in-review', told })
    const doc = await latestDraft(draft.id)
    expect(doc.reviewState).toBe('in-review')
    expect(doc.reviewNote ?? null).toBeNull()
  })
})

describe('every version names who saved it', () => {
  it('the intern’s save and then the editor’s are stamped with each of them', async () => {
    const draft = await ownDraft()
    await world.api.patch(`/api/articles/${draft.id}?draft=true`, {
      token: world.tokens.intern,
      json: { standfirst: 'By the intern.', savedBy: world.users.admin.id },
    })
    expect((await latestDraft(draft.id)).savedBy).toBe(world.users.intern.id)
    await world.api.patch(`/api/articles/${draft.id}?draft=true`, {
      token: world.tokens.editor,
      json: { standfirst: 'By the editor.' },
    })
    const { docs } = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: draft.id } },
      sort: '-updatedAt',
      depth: 0,
      limit: 2,
    })
    expect(docs.map((version) => version.version.savedBy)).toEqual([
      world.users.editor.id,
      world.users.intern.id,
    ])
  })
})

describe('a draft waiting for review stays until an editor deals with it', () => {
  const refusal = /waiting for review/

  it('an intern’s delete is refused with the reason over REST (403), and the draft stays', async () => {
    const draft = await ownDraft()
    await world.api.patch(`/api/articles/${draft.id}?draft=true`, {
      token: world.tokens.intern,
      json: { reviewState: 'in-review' },
    })
    const response = await world.api.delete(`/api/articles/${draft.id}`, {
      token: world.tokens.intern,
    })
    expect(response.status).toBe(403)
    expect(response.body.errors[0].message).toMatch(refusal)
    expect(await exists(draft.id)).toBe(true)
    // The bulk delete of the list view is refused the same way.
    const bulk = await world.api.delete(`/api/articles?where[id][equals]=${draft.id}`, {
      token: world.tokens.intern,
    })
    expect(bulk.body.errors?.[0]?.message).toMatch(refusal)
    expect(await exists(draft.id)).toBe(true)
  })

  it('and over GraphQL, with the same reason', async () => {
    const draft = await ownDraft()
    await payload.update({
      collection: 'articles',
      id: draft.id,
      draft: true,
      data: { reviewState: 'in-review' },
      user: intern(),
      overrideAccess: false,
    })
    const response = await world.api.graphql(
      `mutation { deleteArticle(id: ${JSON.stringify(draft.id)}) { id } }`,
      {},
      world.tokens.intern,
    )
    expect(response.body.errors?.[0]?.message).toMatch(refusal)
    expect(response.body.data?.deleteArticle ?? null).toBeNull()
    expect(await exists(draft.id)).toBe(true)
  })

  it('the intern may delete their own draft that is not in review; an editor may delete one in review', async () => {
    const notSent = await ownDraft()
    const deleted = await world.api.delete(`/api/articles/${notSent.id}`, {
      token: world.tokens.intern,
    })
    expect(deleted.status).toBe(200)
    expect(await exists(notSent.id)).toBe(false)

    const inReview = await ownDraft()
    await payload.update({
      collection: 'articles',
      id: inReview.id,
      draft: true,
      data: { reviewState: 'in-review' },
      user: intern(),
      overrideAccess: false,
    })
    const byEditor = await world.api.delete(`/api/articles/${inReview.id}`, {
      token: world.tokens.editor,
    })
    expect(byEditor.status).toBe(200)
    expect(await exists(inReview.id)).toBe(false)
  })
})

describe('the empty drafts "Create New" leaves behind', () => {
  /** What the admin's create view stores before the person types anything (as the intern). */
  const createNew = () =>
    payload.create({
      collection: 'articles',
      draft: true,
      data: {},
      user: intern(),
      overrideAccess: false,
    })
  const later = () => Date.now() + UNTOUCHED_AFTER_MS + 60_000

  it('are deleted once untouched for hours; anything with words in any language stays', async () => {
    const abandoned = await createNew()
    expect(abandoned.title ?? null).toBeNull()
    const fresh = await createNew()
    const written = await createNew()
    await payload.update({
      collection: 'articles',
      id: written.id,
      draft: true,
      locale: 'az',
      data: { title: 'Kür hövzəsi' },
      user: intern(),
      overrideAccess: false,
    })
    const bodyOnly = await createNew()
    await payload.update({
      collection: 'articles',
      id: bodyOnly.id,
      draft: true,
      data: { body: richText('A first sentence.') },
      user: intern(),
      overrideAccess: false,
    })
    const complete = await ownDraft()

    // Not yet: the freshly made ones are young.
    expect(await deleteUntouchedDrafts(payload)).toBe(0)
    expect(await exists(abandoned.id)).toBe(true)

    expect(await deleteUntouchedDrafts(payload, later())).toBeGreaterThanOrEqual(2)
    expect(await exists(abandoned.id)).toBe(false)
    expect(await exists(fresh.id)).toBe(false)
    expect(await exists(written.id)).toBe(true)
    expect(await exists(bodyOnly.id)).toBe(true)
    expect(await exists(complete.id)).toBe(true)
    expect(await exists(world.published.id)).toBe(true)
  })
})
