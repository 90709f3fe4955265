/**
 * Staff replies as the think tank (POST /api/comments/:id/reply): published at once under the
 * thread, marked with the moderator who wrote them, shown as staff on the public thread, the
 * reader who asked told by e-mail; refused to non-moderators and for held comments; and the
 * staff mark cannot be forged by a reader, through REST, GraphQL or the comment form's own call.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readOutbox } from '@/lib/email'
import { getThread } from '@/lib/comments'
import { publicFormContext } from '@/lib/forms/marker'
import { idOf, sameId, type Id } from '@/lib/relations'

import { problemFields } from '../helpers/api'
import { createComment, uniqueEmail, type Role, type World } from '../helpers/fixtures'
import type { TestApp } from '../helpers/testApp'
import { startWorld } from '../helpers/world'

let app: TestApp
let payload: Payload
let world: World
beforeAll(async () => ({ app, payload, world } = await startWorld()))
afterAll(() => app?.close())

const outbox = () => readOutbox(process.env.MAIL_OUTBOX!)
const reply = (id: Id, json: unknown, as: Role = 'editor') =>
  world.api.post(`/api/comments/${id}/reply`, { json, token: world.tokens[as] })
const approved = (extra = {}) => createComment(payload, world.published.id, 'approved', extra)
const commentCount = async () => (await payload.count({ collection: 'comments' })).totalDocs
const staffAuthorOf = async (id: Id) =>
  (await payload.findByID({ collection: 'comments', id, depth: 0 })).staffAuthor ?? null

describe('a staff reply', () => {
  it('is published at once under the comment, by the editor, marked as staff on the public thread', async () => {
    const comment = await approved()
    const response = await reply(comment.id, { body: '  Thank you, we will look into it.  ' })
    expect(response.status).toBe(201)
    const stored = await payload.findByID({
      collection: 'comments',
      id: response.body.doc.id,
      depth: 0,
    })
    expect(stored.status).toBe('approved')
    expect(stored.body).toBe('Thank you, we will look into it.')
    expect(sameId(idOf(stored.parent!), comment.id)).toBe(true)
    expect(sameId(idOf(stored.article), world.published.id)).toBe(true)
    expect(sameId(idOf(stored.staffAuthor!), world.users.editor.id)).toBe(true)
    expect(stored.authorName).toBe(world.users.editor.name)

    const { comments } = await getThread(world.published.id)
    const thread = comments.find((item) => sameId(item.id, comment.id))
    expect(thread?.byStaff).toBe(false)
    const shown = thread?.replies.find((item) => sameId(item.id, stored.id))
    expect(shown?.byStaff).toBe(true)
  })

  it('to a reply joins the thread of its top-level comment', async () => {
    const top = await approved()
    const readerReply = await approved({ parent: top.id })
    const response = await reply(readerReply.id, { body: 'Both good points.' })
    expect(response.status).toBe(201)
    expect(sameId(idOf(response.body.doc.parent), top.id)).toBe(true)
  })

  it('tells the reader who asked for replies, in the language of their page', async () => {
    const email = uniqueEmail('asked')
    const comment = await approved({ authorEmail: email, notifyOnReply: true, language: 'ru' })
    const before = outbox().length
    const response = await reply(comment.id, { body: 'Our answer.' })
    expect(response.status).toBe(201)
    const mail = outbox()
      .slice(before)
      .find((message) => message.to === email)
    expect(mail).toBeDefined()
    expect(mail!.text).toContain('Our answer.')
    expect(mail!.text).toContain(
      `/ru/articles/${world.published.slug}#comment-${response.body.doc.id}`,
    )
  })
})

describe('refusals, with nothing stored', () => {
  it('refuses interns (403) and anonymous readers (401)', async () => {
    const comment = await approved()
    const before = await commentCount()
    expect((await reply(comment.id, { body: 'Hi' }, 'intern')).status).toBe(403)
    expect((await reply(comment.id, { body: 'Hi' }, 'anonymous')).status).toBe(401)
    expect(await commentCount()).toBe(before)
  })

  it('refuses a reply under a held comment (409), an empty or too long body (400) and an unknown comment (404), naming the field', async () => {
    const held = await createComment(payload, world.published.id, 'pending')
    const comment = await approved()
    const before = await commentCount()

    const underHeld = await reply(held.id, { body: 'Too early.' })
    expect(underHeld.status).toBe(409)
    expect(problemFields(underHeld.body)).toEqual(['status'])
    for (const body of [undefined, '', '   ', 42, 'x'.repeat(5001)]) {
      const response = await reply(comment.id, { body })
      expect(response.status, String(body).slice(0, 10)).toBe(400)
      expect(problemFields(response.body)).toEqual(['body'])
    }
    const unknown = await reply('no-such-comment-999', { body: 'Hello?' })
    expect(unknown.status).toBe(404)
    expect(problemFields(unknown.body)).toEqual(['id'])
    expect(await commentCount()).toBe(before)
  })
})

describe('the staff mark cannot be forged', () => {
  it('is dropped from a reader’s comment over REST and from the comment form’s own call', async () => {
    const rest = await world.api.post('/api/comments', {
      json: {
        article: world.published.id,
        authorName: 'Impostor',
        authorEmail: uniqueEmail('impostor'),
        body: 'I speak for the think tank.',
        staffAuthor: world.users.editor.id,
      },
    })
    expect(rest.status).toBe(201)
    expect(await staffAuthorOf(rest.body.doc.id)).toBeNull()

    // What src/app/(site)/comments/route.ts does with a reader's form, given a forged field.
    const viaForm = await payload.create({
      collection: 'comments',
      data: {
        article: world.published.id,
        authorName: 'Impostor',
        authorEmail: uniqueEmail('impostor'),
        body: 'Through the form.',
        status: 'pending',
        staffAuthor: world.users.editor.id,
      },
      overrideAccess: false,
      req: { headers: new Headers({ 'x-forwarded-for': '198.51.100.201' }) },
      context: publicFormContext('comment'),
    })
    expect(await staffAuthorOf(viaForm.id)).toBeNull()
  })

  it('is not set by an editor’s own comment or edit, nor over GraphQL', async () => {
    const own = await world.api.post('/api/comments', {
      token: world.tokens.editor,
      json: {
        article: world.published.id,
        authorName: 'Editor',
        authorEmail: world.users.editor.email,
        body: 'An ordinary comment by an editor.',
        staffAuthor: world.users.editor.id,
      },
    })
    expect(own.status).toBe(201)
    expect(await staffAuthorOf(own.body.doc.id)).toBeNull()

    const comment = await approved()
    const patched = await world.api.patch(`/api/comments/${comment.id}`, {
      token: world.tokens.editor,
      json: { staffAuthor: world.users.editor.id },
    })
    expect(patched.status).toBe(200)
    expect(await staffAuthorOf(comment.id)).toBeNull()

    const graphql = await world.api.graphql(
      `mutation { updateComment(id: ${JSON.stringify(comment.id)}, data: { staffAuthor: ${JSON.stringify(world.users.editor.id)} }) { id } }`,
      {},
      world.tokens.editor,
    )
    // GraphQL takes the mutation and drops the field, as REST does.
    expect(graphql.body.errors).toBeUndefined()
    expect(sameId(graphql.body.data.updateComment.id, comment.id)).toBe(true)
    expect(await staffAuthorOf(comment.id)).toBeNull()
  })
})
