/**
 * Decisions on submissions: saving mails nobody; the editor previews the e-mail composed from the
 * template in the submitter's language, may edit it, and sends it once. Through the real REST API,
 * with the e-mail captured in the test outbox.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readOutbox } from '@/lib/email'
import type { Submission } from '@/payload-types'

import { pdfBytes } from '../helpers/files'
import type { World } from '../helpers/fixtures'
import { submitManuscript } from '../helpers/submissions'
import type { TestApp } from '../helpers/testApp'
import { startWorld } from '../helpers/world'

let app: TestApp
let payload: Payload
let world: World
type Asker = keyof World['tokens']
beforeAll(async () => ({ app, payload, world } = await startWorld()))
afterAll(() => app?.close())

const mailsTo = (email: string, before: number) =>
  readOutbox(process.env.MAIL_OUTBOX!)
    .slice(before)
    .filter((mail) => mail.to === email)
const outboxLength = () => readOutbox(process.env.MAIL_OUTBOX!).length

const submit = (fields: Partial<Submission> = {}) =>
  submitManuscript(
    world,
    { bytes: pdfBytes(), name: 'decision.pdf', type: 'application/pdf' },
    fields,
  )

const preview = (id: Submission['id'], json: object = {}, as: Asker = 'editor') =>
  world.api.post(`/api/submissions/${id}/decision/preview`, { token: world.tokens[as], json })
const send = (id: Submission['id'], json: object, as: Asker = 'editor') =>
  world.api.post(`/api/submissions/${id}/decision/send`, { token: world.tokens[as], json })
const save = (id: Submission['id'], json: Partial<Submission>) =>
  world.api.patch(`/api/submissions/${id}`, { token: world.tokens.editor, json })

describe('decision e-mails', () => {
  it('are not sent by saving a decision', async () => {
    const doc = await submit()
    const before = outboxLength()
    expect((await save(doc.id, { status: 'accepted' })).status).toBe(200)
    expect((await save(doc.id, { status: 'declined' })).status).toBe(200)
    expect(mailsTo(doc.email, before)).toHaveLength(0)
    const stored = await payload.findByID({ collection: 'submissions', id: doc.id })
    expect(stored.decisionEmailedAt ?? null).toBeNull()
  })

  it('are previewed from the template, filled in, without sending anything', async () => {
    const doc = await submit()
    const before = outboxLength()
    const response = await preview(doc.id, { decision: 'accepted' })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.body).toMatchObject({
      decision: 'accepted',
      to: doc.email,
      language: 'en',
      subject: `Your article “${doc.title}” (${doc.reference}) is accepted`,
    })
    expect(response.body.body).toContain(`Dear ${doc.name},`)
    expect(response.body.body).not.toMatch(/\{\w+\}/)
    expect(mailsTo(doc.email, before)).toHaveLength(0)
  })

  it('go out as the editor edited them, store what was sent and the decision, and only once', async () => {
    const doc = await submit()
    const before = outboxLength()
    const { body: composed } = await preview(doc.id, { decision: 'accepted' })
    const edited = {
      decision: 'accepted',
      subject: `${composed.subject} — with thanks`,
      body: `${composed.body}\nP.S. The figures in section 2 need a source.`,
    }
    const response = await send(doc.id, edited)
    expect(response.status, JSON.stringify(response.body)).toBe(200)

    const mails = mailsTo(doc.email, before)
    expect(mails).toHaveLength(1)
    expect(mails[0].subject).toBe(edited.subject)
    expect(mails[0].text).toBe(edited.body)

    const stored = await payload.findByID({ collection: 'submissions', id: doc.id })
    expect(stored.status).toBe('accepted')
    expect(stored.decisionEmailedAt).toBeTruthy()
    expect(stored.decisionEmailSubject).toBe(edited.subject)
    expect(stored.decisionEmailBody).toBe(edited.body)

    const again = await send(doc.id, edited)
    expect(again.status).toBe(409)
    expect(again.body.errors[0].path).toBe('decisionEmailedAt')
    expect((await preview(doc.id)).status).toBe(409)
    expect(mailsTo(doc.email, before)).toHaveLength(1)
  })

  it('use the template edited in site settings, in the submission language', async () => {
    const edited = await world.api.post('/api/globals/site-settings?locale=ru', {
      token: world.tokens.editor,
      json: {
        decisionEmails: {
          declined: {
            subject: 'Решение по «{title}»',
            body: 'Уважаемый(ая) {name}, увы. {reference}',
          },
        },
      },
    })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    const doc = await submit({ language: 'ru' })
    const response = await preview(doc.id, { decision: 'declined' })
    expect(response.body.language).toBe('ru')
    expect(response.body.subject).toBe(`Решение по «${doc.title}»`)
    expect(response.body.body).toBe(`Уважаемый(ая) ${doc.name}, увы. ${doc.reference}`)
  })

  it('take the saved status when the request names no decision', async () => {
    const doc = await submit()
    await save(doc.id, { status: 'declined' })
    const response = await preview(doc.id)
    expect(response.status).toBe(200)
    expect(response.body.decision).toBe('declined')
  })

  it('refuse, naming the field, a send without a decision or without a text', async () => {
    const doc = await submit()
    const before = outboxLength()
    const undecided = await send(doc.id, { subject: 'Hello', body: 'Text' })
    expect(undecided.status).toBe(409)
    expect(undecided.body.errors[0].path).toBe('decision')
    const unknown = await send(doc.id, { decision: 'maybe', subject: 'Hello', body: 'Text' })
    expect(unknown.body.errors[0].path).toBe('decision')
    const noSubject = await send(doc.id, { decision: 'declined', subject: '  ', body: 'Text' })
    expect(noSubject.status).toBe(400)
    expect(noSubject.body.errors[0].path).toBe('subject')
    const longBody = await send(doc.id, {
      decision: 'declined',
      subject: 'S',
      body: 'x'.repeat(5001),
    })
    expect(longBody.status).toBe(400)
    expect(longBody.body.errors[0].path).toBe('body')
    expect(mailsTo(doc.email, before)).toHaveLength(0)
    const stored = await payload.findByID({ collection: 'submissions', id: doc.id })
    expect(stored.status).toBe('received')
    expect(stored.decisionEmailedAt ?? null).toBeNull()
  })

  it('cannot be previewed or sent by interns or readers', async () => {
    const doc = await submit()
    const before = outboxLength()
    const message = { decision: 'accepted', subject: 'Accepted', body: 'Yes.' }
    expect((await preview(doc.id, message, 'intern')).status).toBe(403)
    expect((await send(doc.id, message, 'intern')).status).toBe(403)
    expect((await send(doc.id, message, 'anonymous')).status).toBe(401)
    expect(mailsTo(doc.email, before)).toHaveLength(0)
    expect((await payload.findByID({ collection: 'submissions', id: doc.id })).status).toBe(
      'received',
    )
  })

  it('cannot be stamped as sent through the REST API', async () => {
    const doc = await submit()
    await save(doc.id, {
      decisionEmailedAt: new Date().toISOString(),
      decisionEmailSubject: 'Forged',
    })
    const stored = await payload.findByID({ collection: 'submissions', id: doc.id })
    expect(stored.decisionEmailedAt ?? null).toBeNull()
    expect(stored.decisionEmailSubject ?? null).toBeNull()
    expect((await preview(doc.id, { decision: 'accepted' })).status).toBe(200)
  })
})
