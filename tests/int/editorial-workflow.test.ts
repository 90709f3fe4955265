/**
 * The editorial workflow: interns draft and send for review, editors request changes, publish
 * and schedule. Every path by which an intern might publish, unpublish or change a live article
 * is refused, and each refusal is checked in the database too. The workflow's e-mails are read
 * back from this file's outbox.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readOutbox } from '@/lib/email'
import type { Article } from '@/payload-types'

import { createArticle, createStaff, localStatus, type World } from '../helpers/fixtures'
import type { TestApp } from '../helpers/testApp'
import { startWorld } from '../helpers/world'

let app: TestApp
let payload: Payload
let world: World
beforeAll(async () => ({ app, payload, world } = await startWorld()))
afterAll(() => app?.close())

const outbox = () => readOutbox(process.env.MAIL_OUTBOX!)
const mailsSince = (before: number) => outbox().slice(before)

const stored = (id: Article['id']) => payload.findByID({ collection: 'articles', id, depth: 0 })
const latestDraft = (id: Article['id']) =>
  payload.findByID({ collection: 'articles', id, depth: 0, draft: true })

/** A snapshot of what readers and the workflow see, to prove a refused request changed nothing. */
const snapshot = async (id: Article['id']) => {
  const [doc, draft, versions] = await Promise.all([
    stored(id),
    latestDraft(id),
    payload.countVersions({ collection: 'articles', where: { parent: { equals: id } } }),
  ])
  return {
    status: doc._status,
    title: doc.title,
    publishedAt: doc.publishedAt,
    draftTitle: draft.title,
    draftStatus: draft._status,
    versions: versions.totalDocs,
  }
}

/** A published article the intern co-authors: the one thing they must never change. */
const publishedCoAuthored = () => createArticle(payload, [world.ownAuthor.id], 'published')
const ownDraft = () => createArticle(payload, [world.ownAuthor.id], 'draft')

describe('an intern can never publish, unpublish or change a live article', () => {
  it('unpublishing over REST is refused (403)', async () => {
    const live = await publishedCoAuthored()
    const before = await snapshot(live.id)
    const response = await world.api.patch(`/api/articles/${live.id}`, {
      token: world.tokens.intern,
      json: { _status: 'draft' },
    })
    expect(response.status).toBe(403)
    expect(await snapshot(live.id)).toEqual(before)
  })

  it('editing a live article other than as a draft is refused (403); working copies: working-copies.test.ts', async () => {
    const live = await publishedCoAuthored()
    const before = await snapshot(live.id)
    const response = await world.api.patch(`/api/articles/${live.id}`, {
      token: world.tokens.intern,
      json: { title: 'Defaced' },
    })
    expect(response.status).toBe(403)
    expect(response.body.errors[0].message).toMatch(/as a draft/)
    expect(await snapshot(live.id)).toEqual(before)
  })

  it("the list view's bulk publish (where id in [...], draft=true) changes nothing", async () => {
    const drafts = [await ownDraft(), await ownDraft()]
    const before = await Promise.all(drafts.map((draft) => snapshot(draft.id)))
    const ids = drafts.map((draft, index) => `where[id][in][${index}]=${draft.id}`).join('&')
    const response = await world.api.patch(`/api/articles?${ids}&draft=true`, {
      token: world.tokens.intern,
      json: { _status: 'published' },
    })
    expect(response.body.docs ?? []).toHaveLength(0)
    expect(response.body.errors).toHaveLength(2)
    expect(
      response.body.errors.every((error: { message: string }) =>
        /not allowed/i.test(error.message),
      ),
    ).toBe(true)
    expect(await Promise.all(drafts.map((draft) => snapshot(draft.id)))).toEqual(before)
  })

  it('restoring a published version is refused (403)', async () => {
    const article = await ownDraft()
    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' } })
    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' } })
    const { docs } = await payload.findVersions({
      collection: 'articles',
      where: {
        and: [{ parent: { equals: article.id } }, { 'version._status': { equals: 'published' } }],
      },
      limit: 1,
    })
    const before = await snapshot(article.id)
    const response = await world.api.post(`/api/articles/versions/${docs[0].id}`, {
      token: world.tokens.intern,
    })
    expect(response.status).toBe(403)
    expect(await snapshot(article.id)).toEqual(before)
    expect((await stored(article.id))._status).toBe('draft')
  })

  it('a scheduled publish acting for an intern publishes nothing', async () => {
    const draft = await ownDraft()
    const before = await snapshot(draft.id)
    // What the admin's schedule drawer would queue if an intern reached it: the job runs as them.
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: draft.id },
        user: { relationTo: 'users', value: world.users.intern.id },
      },
      waitUntil: new Date(Date.now() - 1000),
    })
    await payload.jobs.run({ queue: 'default' })
    expect(await snapshot(draft.id)).toEqual(before)
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
      sort: '-createdAt',
      limit: 1,
    })
    expect(docs[0].hasError).toBe(true)
  })

  it('the message to the authors and the review stamps are not theirs to write', async () => {
    const draft = await ownDraft()
    await world.api.patch(`/api/articles/${draft.id}?draft=true`, {
      token: world.tokens.intern,
      json: {
        reviewNote: 'Approved by me',
        publishedBy: world.users.editor.id,
        reviewRequestedBy: world.users.editor.id,
      },
    })
    const doc = await latestDraft(draft.id)
    expect(doc.reviewNote ?? null).toBeNull()
    expect(doc.publishedBy ?? null).toBeNull()
    expect(doc.reviewRequestedBy ?? null).toBeNull()
  })
})

describe('the review round trip', () => {
  it('submit → request changes → resubmit → publish, with the e-mails of each step', async () => {
    const coIntern = await createStaff(payload, 'intern', world.otherAuthor.id)
    const draft = await createArticle(payload, [world.ownAuthor.id, world.otherAuthor.id], 'draft')
    const internEmail = (await payload.findByID({ collection: 'users', id: world.users.intern.id }))
      .email

    // The intern sends it for review: editors are told, and the queue knows who and when.
    let before = outbox().length
    const submitted = await world.api.patch(`/api/articles/${draft.id}?draft=true`, {
      token: world.tokens.intern,
      json: { reviewState: 'in-review' },
    })
    expect(submitted.status).toBe(200)
    let doc = await latestDraft(draft.id)
    expect(doc.reviewState).toBe('in-review')
    expect(doc.reviewRequestedBy).toBe(world.users.intern.id)
    expect(Date.now() - Date.parse(doc.reviewRequestedAt!)).toBeLessThan(60_000)
    const forReview = mailsSince(before).filter(
      (mail) => mail.subject === `For review: “${draft.title}”`,
    )
    expect(forReview).toHaveLength(1)
    expect(forReview[0].to).toContain(world.users.editor.email)
    expect(forReview[0].to).not.toContain(internEmail)
    expect(forReview[0].text).toContain(`/admin/collections/articles/${draft.id}`)

    // Changes requested without a message: refused, naming the field.
    const bare = await world.api.patch(`/api/articles/${draft.id}?draft=true`, {
      token: world.tokens.editor,
      json: { reviewState: 'changes-requested' },
    })
    expect(bare.status).toBe(400)
    expect(bare.body.errors[0].data.errors[0].path).toBe('reviewNote')
    expect((await latestDraft(draft.id)).reviewState).toBe('in-review')

    // With a message: every co-author gets it.
    before = outbox().length
    const message = 'Please source the gas-transit figures in the second section.'
    const requested = await world.api.patch(`/api/articles/${draft.id}?draft=true`, {
      token: world.tokens.editor,
      json: { reviewState: 'changes-requested', reviewNote: message },
    })
    expect(requested.status).toBe(200)
    const changes = mailsSince(before).filter(
      (mail) => mail.subject === `Changes requested: “${draft.title}”`,
    )
    expect(changes).toHaveLength(1)
    expect(changes[0].to).toContain(internEmail)
    expect(changes[0].to).toContain(coIntern.email)
    expect(changes[0].text).toContain(message)

    // The intern revises and resubmits; autosaves on the way send nothing.
    before = outbox().length
    await world.api.patch(`/api/articles/${draft.id}?draft=true&autosave=true`, {
      token: world.tokens.intern,
      json: { standfirst: 'Now sourced.' },
    })
    expect(mailsSince(before)).toHaveLength(0)
    await world.api.patch(`/api/articles/${draft.id}?draft=true`, {
      token: world.tokens.intern,
      json: { reviewState: 'in-review' },
    })
    expect(
      mailsSince(before).filter((mail) => mail.subject.startsWith('For review:')),
    ).toHaveLength(1)

    // The editor publishes: out of the queue, stamped with who and when, co-authors told.
    before = outbox().length
    const published = await world.api.patch(`/api/articles/${draft.id}`, {
      token: world.tokens.editor,
      json: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    doc = await stored(draft.id)
    expect(doc._status).toBe('published')
    expect(doc.reviewState).toBe('none')
    expect(doc.publishedBy).toBe(world.users.editor.id)
    expect(doc.publishedAt).toBeTruthy()
    const live = mailsSince(before).filter((mail) => mail.subject === `Published: “${draft.title}”`)
    expect(live).toHaveLength(1)
    expect(live[0].to).toContain(internEmail)
    expect(live[0].text).toContain(`/articles/${doc.slug}`)

    // A later edit by another editor keeps the first publisher.
    await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { standfirst: 'Edited.' },
      user: world.users.admin,
      overrideAccess: false,
    })
    expect((await stored(draft.id)).publishedBy).toBe(world.users.editor.id)
  })

  it('an editor-scheduled publish is run by the jobs queue as that editor', async () => {
    const draft = await ownDraft()
    const jobsBefore = (await payload.count({ collection: 'payload-jobs' })).totalDocs
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: draft.id },
        user: { relationTo: 'users', value: world.users.editor.id },
      },
      waitUntil: new Date(Date.now() + 60_000),
    })
    expect((await payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(jobsBefore + 1)
    await payload.jobs.run({ queue: 'default' })
    expect((await stored(draft.id))._status).toBe('draft') // not due yet

    await payload.db.updateMany({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    })
    const before = outbox().length
    await payload.jobs.run({ queue: 'default' })
    const doc = await stored(draft.id)
    expect(doc._status).toBe('published')
    expect(doc.publishedBy).toBe(world.users.editor.id)
    expect(mailsSince(before).some((mail) => mail.subject === `Published: “${draft.title}”`)).toBe(
      true,
    )
  })

  it('an intern cannot cancel an editor’s schedule', async () => {
    const draft = await ownDraft()
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: draft.id },
        user: { relationTo: 'users', value: world.users.editor.id },
      },
      waitUntil: new Date(Date.now() + 3_600_000),
    })
    const intern = { ...world.users.intern, collection: 'users' as const }
    expect(
      await localStatus(() =>
        payload.delete({ collection: 'payload-jobs', id: job.id, user: intern }),
      ),
    ).toBe(403)
    expect(
      (await payload.count({ collection: 'payload-jobs', where: { id: { equals: job.id } } }))
        .totalDocs,
    ).toBe(1)
  })
})
