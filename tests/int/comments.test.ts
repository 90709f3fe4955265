/**
 * The comment policy as readers meet it through the REST API, each rule on its own, and the
 * e-mails it sends (composed by nodemailer, captured in this file's outbox).
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { unsubscribeUrl } from '@/collections/Comments/hooks/notifyOnApprovedReply'
import { readOutbox } from '@/lib/email'
import type { Id } from '@/lib/relations'
import { verify } from '@/lib/signedToken'

import { erroredFields } from '../helpers/api'
import { createComment, uniqueEmail, type World } from '../helpers/fixtures'
import type { TestApp } from '../helpers/testApp'
import { startWorld } from '../helpers/world'

let app: TestApp
let payload: Payload
let world: World
beforeAll(async () => ({ app, payload, world } = await startWorld()))
afterAll(() => app?.close())

let ipCounter = 10
/** Each reader gets their own address, so the flood limit only bites where a test wants it to. */
async function post(body: string, options: { email?: string; ip?: string; parent?: Id } = {}) {
  const response = await world.api.post('/api/comments', {
    headers: { 'x-real-ip': options.ip ?? `198.51.100.${ipCounter++}` },
    json: { article: world.published.id, authorName: 'Reader', authorEmail: options.email ?? uniqueEmail(), body, parent: options.parent },
  })
  return { status: response.status, id: response.body?.doc?.id as Id, body: response.body }
}
const statusOf = async (id: Id) => (await payload.findByID({ collection: 'comments', id })).status

async function setPolicy(policy: { moderationMode?: 'hold-all' | 'hold-first-time' | 'publish'; linkLimit?: number; blocklist?: string }) {
  await payload.updateGlobal({
    slug: 'site-settings',
    data: { commentPolicy: { moderationMode: 'hold-all', linkLimit: 2, blocklist: '', ...policy } },
  })
}

const outbox = () => readOutbox(process.env.MAIL_OUTBOX!)

/** Moves a comment back a minute, past the flood window, as if it had been posted earlier. */
const ageComment = (id: Id) =>
  payload.db.updateOne({ collection: 'comments', id, data: { createdAt: new Date(Date.now() - 60_000).toISOString() } })

beforeEach(() => setPolicy({}))

describe('moderation modes', () => {
  it('hold every comment', async () => {
    const { status, id } = await post('A thoughtful remark.')
    expect(status).toBe(201)
    expect(await statusOf(id)).toBe('pending')
  })

  it('hold first-time commenters only: an e-mail with an approved comment is published', async () => {
    await setPolicy({ moderationMode: 'hold-first-time' })
    const email = uniqueEmail()
    const first = await post('My first comment.', { email })
    expect(await statusOf(first.id)).toBe('pending')
    await payload.update({ collection: 'comments', id: first.id, data: { status: 'approved' } })
    await ageComment(first.id)
    const second = await payload.create({
      collection: 'comments',
      data: { article: world.published.id, authorName: 'Reader', authorEmail: email.toUpperCase(), body: 'Again.', status: 'pending' },
      overrideAccess: false,
    })
    expect(second.status).toBe('approved')
    expect((await post('A stranger.')).id).toBeTruthy()
  })

  it('publish at once', async () => {
    await setPolicy({ moderationMode: 'publish' })
    expect(await statusOf((await post('Straight out.')).id)).toBe('approved')
  })
})

describe('link limit and blocklist', () => {
  it('holds a comment with more links than the limit, even when publishing at once', async () => {
    await setPolicy({ moderationMode: 'publish', linkLimit: 2 })
    expect(await statusOf((await post('See https://a.example and https://b.example.')).id)).toBe('approved')
    expect(await statusOf((await post('https://a.example https://b.example https://c.example')).id)).toBe('pending')
  })

  it('marks a comment with a blocklisted word as spam', async () => {
    await setPolicy({ moderationMode: 'publish', blocklist: 'casino\ncheap pills' })
    expect(await statusOf((await post('Visit our CASINO today')).id)).toBe('spam')
    expect(await statusOf((await post('A casinoesque argument')).id)).toBe('approved')
  })
})

describe('flood limit and duplicates', () => {
  it('answers 429 to a second comment from the same e-mail or the same IP within 15 seconds', async () => {
    const email = uniqueEmail()
    expect((await post('First.', { email })).status).toBe(201)
    const sameEmail = await post('Second.', { email })
    expect(sameEmail.status).toBe(429)
    expect(sameEmail.body.errors[0].data.retryAfter).toBeGreaterThan(0)
    expect((await post('From here.', { ip: '203.0.113.77' })).status).toBe(201)
    expect((await post('Again from here.', { ip: '203.0.113.77' })).status).toBe(429)
  })

  it('refuses the same body from the same e-mail on the same article as a duplicate (409)', async () => {
    const email = uniqueEmail()
    const old = await createComment(payload, world.published.id, 'approved', { authorEmail: email, body: 'I said this before.' })
    await ageComment(old.id)
    const duplicate = await post('I said this before.', { email })
    expect(duplicate.status).toBe(409)
    expect((await post('Something new.', { email })).status).toBe(201)
  })
})

describe('e-mail', () => {
  it('tells every editor and admin about a held comment, with a link to it', async () => {
    const before = outbox().length
    const { id } = await post('Please moderate me.')
    const mail = outbox().slice(before).find((message) => message.subject.startsWith('Comment awaiting moderation'))
    expect(mail).toBeDefined()
    expect(mail!.to).toContain(world.users.editor.email)
    expect(mail!.to).toContain(world.users.admin.email)
    expect(mail!.to).not.toContain(world.users.intern.email)
    expect(mail!.text).toContain(`/admin/collections/comments/${id}`)
    expect(mail!.raw).toMatch(/^Content-Type: text\/plain/m)
  })

  it('refuses a parent that is not an id (0, false, a list, an object without an id): 400 naming parent, nothing stored', async () => {
    const before = (await payload.count({ collection: 'comments' })).totalDocs
    for (const parent of [0, -1, false, [0], { toString: 'x' }, { id: { toString: 'x' } }, { relationTo: 'comments', value: [1] }]) {
      const response = await world.api.post('/api/comments', {
        headers: { 'x-real-ip': `198.51.100.${ipCounter++}` },
        json: { article: world.published.id, authorName: 'Reader', authorEmail: uniqueEmail(), body: `Reply to ${JSON.stringify(parent)}`, parent },
      })
      expect(response.status, JSON.stringify(parent)).toBe(400)
      expect(erroredFields(response.body), JSON.stringify(parent)).toContain('parent')
    }
    expect((await payload.count({ collection: 'comments' })).totalDocs).toBe(before)
  })

  it('tells a commenter who asked about an approved reply, with a working one-click unsubscribe link', async () => {
    const parentEmail = uniqueEmail('parent')
    const parent = await createComment(payload, world.published.id, 'approved', { authorEmail: parentEmail, notifyOnReply: true })
    const quiet = await createComment(payload, world.published.id, 'approved', { notifyOnReply: false })
    const before = outbox().length

    const reply = await post('I disagree, politely.', { parent: parent.id })
    expect(reply.status).toBe(201)
    expect(outbox().slice(before).some((message) => message.to === parentEmail)).toBe(false) // still held

    await payload.update({ collection: 'comments', id: reply.id, data: { status: 'approved' } })
    const mail = outbox().slice(before).find((message) => message.to === parentEmail)
    expect(mail?.subject).toMatch(/^New reply to your comment/)
    expect(mail?.text).toContain(`#comment-${reply.id}`)
    const link = unsubscribeUrl(parent.id, payload.secret)
    expect(mail?.text).toContain(link)
    const token = new URL(link).searchParams.get('token')
    expect(verify(`unsubscribe:${parent.id}`, token, payload.secret)).toBe(true)
    expect(verify(`unsubscribe:${quiet.id}`, token, payload.secret)).toBe(false)

    const quietReply = await post('No mail for this one.', { parent: quiet.id })
    await payload.update({ collection: 'comments', id: quietReply.id, data: { status: 'approved' } })
    expect(outbox().some((message) => message.to === quiet.authorEmail)).toBe(false)
  })
})

describe('moderation is for editors only', () => {
  it('refuses an intern or a reader approving a comment over GraphQL and REST', async () => {
    const held = await createComment(payload, world.published.id, 'pending')
    // The id as a GraphQL literal: its argument type (Int or String) is the engine's, not ours to know.
    const approve = `mutation { updateComment(id: ${JSON.stringify(held.id)}, data: { status: approved }) { id status } }`
    for (const role of ['anonymous', 'intern'] as const) {
      const graphql = await world.api.graphql(approve, {}, world.tokens[role])
      expect(graphql.body.errors?.[0]?.extensions?.statusCode, role).toBe(403)
      const rest = await world.api.patch(`/api/comments/${held.id}`, { token: world.tokens[role], json: { status: 'approved' } })
      expect([401, 403], role).toContain(rest.status)
    }
    expect(await statusOf(held.id)).toBe('pending')
    const editor = await world.api.graphql(approve, {}, world.tokens.editor)
    expect(editor.body.data.updateComment.status).toBe('approved')
  })
})
