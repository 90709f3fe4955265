/**
 * What strangers can write and read through the API, beyond the comment policy (comments.test.ts)
 * and the login limits (client-address.test.ts): submissions are limited on every path, nothing
 * copies a comment, bodies are read under a ceiling, and the editors' notes and the moderation
 * settings stay with the staff.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { REQUEST_MAX_BYTES } from '@/collections/Submissions'
import { readOutbox } from '@/lib/email'

import { chunkedBody, pdfBytes } from '../helpers/files'
import { createArticle, createComment, uniqueEmail, type World } from '../helpers/fixtures'
import { submissionFields, uploadForm } from '../helpers/submissions'
import type { TestApp } from '../helpers/testApp'
import { startWorld } from '../helpers/world'

let app: TestApp
let payload: Payload
let world: World
beforeAll(async () => ({ app, payload, world } = await startWorld()))
afterAll(() => app?.close())

const submissionForm = (email: string) =>
  uploadForm({ ...submissionFields, email }, pdfBytes(), 'manuscript.pdf', 'application/pdf')
const submit = (email: string, address: string) =>
  world.api.post('/api/submissions', {
    form: submissionForm(email),
    headers: { 'x-forwarded-for': address },
  })
const submissions = async () => (await payload.count({ collection: 'submissions' })).totalDocs

describe('submissions over the API', () => {
  it('are limited per address like the form: a second one within 30 seconds is 429, stored nowhere and mailed to nobody', async () => {
    expect((await submit(uniqueEmail('first'), '203.0.113.21')).status).toBe(201)
    const before = {
      stored: await submissions(),
      mails: readOutbox(process.env.MAIL_OUTBOX!).length,
    }
    const second = await submit(uniqueEmail('second'), '203.0.113.21')
    expect(second.status).toBe(429)
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(20)
    expect(await submissions()).toBe(before.stored)
    expect(readOutbox(process.env.MAIL_OUTBOX!).length).toBe(before.mails)
  })

  it('cannot flood one inbox from many addresses: five a day per e-mail address', async () => {
    const victim = uniqueEmail('victim')
    for (let index = 0; index < 5; index++)
      expect((await submit(victim, `198.51.100.${120 + index}`)).status).toBe(201)
    expect((await submit(victim.toUpperCase(), '198.51.100.130')).status).toBe(429)
    expect((await submit(uniqueEmail('someone-else'), '198.51.100.131')).status).toBe(201)
  })

  it('do not make a sender wait after a refused file: the corrected one is taken at once', async () => {
    const refused = uploadForm(
      { ...submissionFields, email: uniqueEmail('retry') },
      Buffer.from('<html><script>1</script></html>'),
      'manuscript.pdf',
      'application/pdf',
    )
    expect(
      (
        await world.api.post('/api/submissions', {
          form: refused,
          headers: { 'x-forwarded-for': '203.0.113.23' },
        })
      ).status,
    ).toBe(400)
    expect((await submit(uniqueEmail('retry'), '203.0.113.23')).status).toBe(201)
  })

  it('refused in parallel from one address: one of a burst gets through', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 6 }, () =>
        submit(uniqueEmail('burst'), '203.0.113.22').then((response) => response.status),
      ),
    )
    expect(statuses.filter((status) => status === 201)).toHaveLength(1)
    expect(statuses.filter((status) => status === 429)).toHaveLength(5)
  })
})

describe('copying a comment', () => {
  it("is closed to everyone: a stranger cannot post under a commenter's name and e-mail", async () => {
    const original = await createComment(payload, world.published.id, 'approved', {
      authorEmail: uniqueEmail('victim'),
      notifyOnReply: true,
    })
    const before = (await payload.count({ collection: 'comments' })).totalDocs
    for (const role of ['anonymous', 'intern', 'editor'] as const) {
      const response = await world.api.post(`/api/comments/${original.id}/duplicate`, {
        token: world.tokens[role],
        json: { body: 'Words they never wrote.' },
      })
      expect(response.status, role).toBeGreaterThanOrEqual(400)
      expect(response.status, role).toBeLessThan(500)
    }
    expect((await payload.count({ collection: 'comments' })).totalDocs).toBe(before)
  })
})

describe('request bodies', () => {
  const post = (path: string, body: ReadableStream<Uint8Array>, type: string) =>
    fetch(`${app.baseURL}${path}`, {
      method: 'POST',
      headers: { 'content-type': type },
      body,
      duplex: 'half',
    } as RequestInit)

  it('over the ceiling are refused with 413 while being read, with or without Content-Length', async () => {
    for (const path of ['/api/users/login', '/api/comments', '/api/graphql']) {
      const response = await post(
        path,
        chunkedBody(REQUEST_MAX_BYTES + 1024 * 1024),
        'application/json',
      )
      expect(response.status, path).toBe(413)
    }
    const declared = await fetch(`${app.baseURL}/api/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Uint8Array(REQUEST_MAX_BYTES + 1).fill(0x20),
    })
    expect(declared.status).toBe(413)
  })

  it('under the ceiling are read as usual when chunked', async () => {
    const json = new TextEncoder().encode(
      JSON.stringify({ email: 'nobody@example.org', password: 'x' }),
    )
    const response = await post(
      '/api/users/login',
      new ReadableStream({ start: (controller) => (controller.enqueue(json), controller.close()) }),
      'application/json',
    )
    expect(response.status).toBe(401)
  })
})

describe('staff-only fields', () => {
  it("the editors' message to the authors is not part of a published article, on REST or GraphQL", async () => {
    const article = await createArticle(payload, [world.otherAuthor.id], 'published', {
      reviewNote: 'Private: the second section is weak.',
    })
    const rest = await world.api.get(`/api/articles/${article.id}?depth=0`)
    expect(rest.status).toBe(200)
    expect(rest.body.reviewNote).toBeUndefined()
    const list = await world.api.get(`/api/articles?where[id][equals]=${article.id}&depth=0`)
    expect(JSON.stringify(list.body)).not.toContain('second section is weak')
    const graphql = await world.api.graphql(
      `{ Article(id: ${JSON.stringify(article.id)}) { title reviewNote } }`,
    )
    expect(JSON.stringify(graphql.body)).not.toContain('second section is weak')
    const staff = await world.api.get(`/api/articles/${article.id}?depth=0`, {
      token: world.tokens.editor,
    })
    expect(staff.body.reviewNote).toBe('Private: the second section is weak.')
  })

  it("the comment blocklist, moderation mode and decision e-mails are not readers' to see", async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: {
        commentPolicy: { moderationMode: 'hold-first-time', linkLimit: 2, blocklist: 'secretword' },
      },
    })
    const rest = await world.api.get('/api/globals/site-settings?depth=0')
    expect(rest.status).toBe(200)
    expect(rest.body.siteName).toBeTruthy()
    expect(rest.body.commentPolicy).toBeUndefined()
    expect(rest.body.decisionEmails).toBeUndefined()
    const graphql = await world.api.graphql(
      '{ SiteSetting { siteName commentPolicy { moderationMode blocklist } } }',
    )
    expect(JSON.stringify(graphql.body)).not.toMatch(/secretword|hold-first-time|hold_first_time/)
    const editor = await world.api.get('/api/globals/site-settings?depth=0', {
      token: world.tokens.editor,
    })
    expect(editor.body.commentPolicy.blocklist).toBe('secretword')
  })
})
