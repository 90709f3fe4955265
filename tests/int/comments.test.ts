/**
 * The comment policy as readers meet it, through the comment form's own call and the REST API,
 * each rule on its own, and the e-mails it sends (composed by nodemailer, captured in this file's
 * outbox).
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { publicFormContext } from '@/lib/forms/marker'
import { unsubscribeUrl } from '@/collections/Comments/hooks/notifyOnApprovedReply'
import { CONNECTION_ADDRESS_HEADER } from '@/lib/connectionAddress.mjs'
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
    headers: { 'x-forwarded-for': options.ip ?? `198.51.100.${ipCounter++}` },
    json: {
      article: world.published.id,
      authorName: 'Reader',
      authorEmail: options.email ?? uniqueEmail(),
      body,
      parent: options.parent,
    },
  })
  return { status: response.status, id: response.body?.doc?.id as Id, body: response.body }
}
/**
 * A comment as the site's form creates it (src/app/(site)/comments/route.ts) once its hidden field
 * and fill time have passed: as an anonymous reader, marked as the form, with the ids of the
 * comments that the browser's commenter cookie vouches for.
 */
async function formPost(
  body: string,
  options: { email?: string; ip?: string; commenterIds?: Id[] } = {},
) {
  return payload.create({
    collection: 'comments',
    data: {
      article: world.published.id,
      authorName: 'Reader',
      authorEmail: options.email ?? uniqueEmail(),
      body,
      status: 'pending',
    },
    overrideAccess: false,
    req: {
      headers: new Headers({
        [CONNECTION_ADDRESS_HEADER]: '127.0.0.1',
        'x-forwarded-for': options.ip ?? `198.51.100.${ipCounter++}`,
      }),
    },
    context: {
      ...publicFormContext('comment'),
      commenterIds: (options.commenterIds ?? []).map(String),
    },
  })
}
const statusOf = async (id: Id) => (await payload.findByID({ collection: 'comments', id })).status

async function setPolicy(policy: {
  moderationMode?: 'hold-all' | 'hold-first-time' | 'publish'
  linkLimit?: number
  blocklist?: string
}) {
  await payload.updateGlobal({
    slug: 'site-settings',
    data: { commentPolicy: { moderationMode: 'hold-all', linkLimit: 2, blocklist: '', ...policy } },
  })
}

const outbox = () => readOutbox(process.env.MAIL_OUTBOX!)

/**
 * Moves a comment back a minute, past the flood window, as if it had been posted earlier: its
 * date, and the flood limit's count in the attempts ledger.
 */
async function ageComment(id: Id) {
  await payload.db.updateOne({
    collection: 'comments',
    id,
    data: { createdAt: new Date(Date.now() - 60_000).toISOString() },
  })
  await payload.db.deleteMany({
    collection: 'attempts',
    where: { limiter: { equals: 'comments-per-ip' } },
  })
}

beforeEach(() => setPolicy({}))

describe('moderation modes', () => {
  it('hold every comment', async () => {
    const { status, id } = await post('A thoughtful remark.')
    expect(status).toBe(201)
    expect(await statusOf(id)).toBe('pending')
  })

  it('hold first-time commenters only: a reader whose browser wrote an approved comment under that e-mail is published', async () => {
    await setPolicy({ moderationMode: 'hold-first-time' })
    const email = uniqueEmail()
    const first = await formPost('My first comment.', { email })
    expect(first.status).toBe('pending')
    await payload.update({ collection: 'comments', id: first.id, data: { status: 'approved' } })
    await ageComment(first.id)
    expect(
      (await formPost('Again.', { email: email.toUpperCase(), commenterIds: [first.id] })).status,
    ).toBe('approved')
    expect((await formPost('A stranger.')).status).toBe('pending')
  })

  it("hold first-time commenters only: knowing an approved commenter's e-mail is not enough to be published as them", async () => {
    await setPolicy({ moderationMode: 'hold-first-time' })
    const email = uniqueEmail('trusted')
    const approved = await createComment(payload, world.published.id, 'approved', {
      authorEmail: email,
    })
    await ageComment(approved.id)
    // The form without the author's cookie, the form with the impostor's own cookie, and REST.
    const impostor = await formPost('I am them, honestly.', { email })
    expect(impostor.status).toBe('pending')
    expect((await formPost('Still them.', { email, commenterIds: [impostor.id] })).status).toBe(
      'pending',
    )
    expect(await statusOf((await post('Over the API.', { email })).id)).toBe('pending')
  })

  it('publish at once, through the form only: a comment sent over REST or GraphQL waits for a moderator', async () => {
    await setPolicy({ moderationMode: 'publish' })
    expect((await formPost('Straight out.')).status).toBe('approved')
    const rest = await post('A script, straight to the API.')
    expect(rest.status).toBe(201)
    expect(await statusOf(rest.id)).toBe('pending')
    const create = `mutation { createComment(data: { article: ${JSON.stringify(world.published.id)}, authorName: "Bot", authorEmail: "bot@example.org", body: "Over GraphQL.", status: approved }) { id status } }`
    const graphql = await world.api.graphql(create)
    expect(graphql.body.errors ?? [], JSON.stringify(graphql.body)).toEqual([])
    expect(graphql.body.data.createComment.status).toBe('pending')
  })
})

describe('link limit and blocklist', () => {
  it('holds a comment with more links than the limit, even when publishing at once', async () => {
    await setPolicy({ moderationMode: 'publish', linkLimit: 2 })
    expect((await formPost('See https://a.example and https://b.example.')).status).toBe('approved')
    expect((await formPost('https://a.example https://b.example https://c.example')).status).toBe(
      'pending',
    )
  })

  it('marks a comment with a blocklisted word as spam', async () => {
    await setPolicy({ moderationMode: 'publish', blocklist: 'casino\ncheap pills' })
    expect((await formPost('Visit our CASINO today')).status).toBe('spam')
    expect((await formPost('A casinoesque argument')).status).toBe('approved')
  })
})

describe('flood limit and duplicates', () => {
  it('answers 429 to a second comment from the same address within 15 seconds, whatever e-mail it gives', async () => {
    expect((await post('From here.', { ip: '203.0.113.77' })).status).toBe(201)
    const again = await post('Again from here.', { ip: '203.0.113.77' })
    expect(again.status).toBe(429)
    expect(again.body.errors[0].data.retryAfter).toBeGreaterThan(0)
  })

  it('does not let anyone silence a reader by using their e-mail address', async () => {
    const email = uniqueEmail()
    expect((await post('First.', { email })).status).toBe(201)
    expect(
      (await post('Second, from another reader typing the same address.', { email })).status,
    ).toBe(201)
  })

  it('refuses the same body from the same address on the same article as a duplicate (409)', async () => {
    const first = await post('I said this before.', { ip: '203.0.113.78' })
    await ageComment(first.id)
    expect((await post('I said this before.', { ip: '203.0.113.78' })).status).toBe(409)
    await ageComment(first.id)
    expect((await post('Something new.', { ip: '203.0.113.78' })).status).toBe(201)
  })

  it("tells nothing about other commenters: a public comment's text with its author's e-mail gets the same answer as with any other", async () => {
    const email = uniqueEmail('author')
    const published = await createComment(payload, world.published.id, 'approved', {
      authorEmail: email,
      body: 'A public remark.',
    })
    await ageComment(published.id)
    const withTheirEmail = await post('A public remark.', { email })
    const withAnotherEmail = await post('A public remark.', { email: uniqueEmail('guess') })
    expect(withTheirEmail.status).toBe(withAnotherEmail.status)
    expect(withTheirEmail.status).toBe(201)
  })
})

describe('e-mail', () => {
  it('tells every editor and admin about a held comment, with a link to it', async () => {
    const before = outbox().length
    const { id } = await post('Please moderate me.')
    const mail = outbox()
      .slice(before)
      .find((message) => message.subject.startsWith('Comment awaiting moderation'))
    expect(mail).toBeDefined()
    expect(mail!.to).toContain(world.users.editor.email)
    expect(mail!.to).toContain(world.users.admin.email)
    expect(mail!.to).not.toContain(world.users.intern.email)
    expect(mail!.text).toContain(`/admin/collections/comments/${id}`)
    expect(mail!.raw).toMatch(/^Content-Type: text\/plain/m)
  })

  it('refuses a parent that is not an id (0, false, a list, an object without an id): 400 naming parent, nothing stored', async () => {
    const before = (await payload.count({ collection: 'comments' })).totalDocs
    for (const parent of [
      0,
      -1,
      false,
      [0],
      { toString: 'x' },
      { id: { toString: 'x' } },
      { relationTo: 'comments', value: [1] },
    ]) {
      const response = await world.api.post('/api/comments', {
        headers: { 'x-forwarded-for': `198.51.100.${ipCounter++}` },
        json: {
          article: world.published.id,
          authorName: 'Reader',
          authorEmail: uniqueEmail(),
          body: `Reply to ${JSON.stringify(parent)}`,
          parent,
        },
      })
      expect(response.status, JSON.stringify(parent)).toBe(400)
      expect(erroredFields(response.body), JSON.stringify(parent)).toContain('parent')
    }
    expect((await payload.count({ collection: 'comments' })).totalDocs).toBe(before)
  })

  it('tells a commenter who asked about an approved reply, with a working one-click unsubscribe link', async () => {
    const parentEmail = uniqueEmail('parent')
    const parent = await createComment(payload, world.published.id, 'approved', {
      authorEmail: parentEmail,
      notifyOnReply: true,
    })
    const quiet = await createComment(payload, world.published.id, 'approved', {
      notifyOnReply: false,
    })
    const before = outbox().length

    const reply = await post('I disagree, politely.', { parent: parent.id })
    expect(reply.status).toBe(201)
    expect(
      outbox()
        .slice(before)
        .some((message) => message.to === parentEmail),
    ).toBe(false) // still held

    await payload.update({ collection: 'comments', id: reply.id, data: { status: 'approved' } })
    const mail = outbox()
      .slice(before)
      .find((message) => message.to === parentEmail)
    expect(mail?.subject).toMatch(/^New reply to your comment/)
    expect(mail?.text).toContain(`#comment-${reply.id}`)
    const link = unsubscribeUrl(parent.id, payload.secret)
    expect(mail?.text).toContain(link)
    const token = new URL(link).searchParams.get('token')
    expect(verify(`unsubscribe:${parent.id}`, token, payload.secret)).toBe(true)
    expect(verify(`unsubscribe:${quiet.id}`, token, payload.secret)).toBe(false)

    const quietReply = await post('No mail for this one.', { parent: quiet.id })
    await payload.update({
      collection: 'comments',
      id: quietReply.id,
      data: { status: 'approved' },
    })
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
      const rest = await world.api.patch(`/api/comments/${held.id}`, {
        token: world.tokens[role],
        json: { status: 'approved' },
      })
      expect([401, 403], role).toContain(rest.status)
    }
    expect(await statusOf(held.id)).toBe('pending')
    const editor = await world.api.graphql(approve, {}, world.tokens.editor)
    expect(editor.body.data.updateComment.status).toBe('approved')
  })
})
