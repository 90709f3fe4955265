/**
 * E-mail subscriptions (issue 20) end to end through a real SMTP server on loopback: a reader asks
 * over REST, confirms with the signed link of the mail the server received, an editor publishes,
 * the jobs queue sends exactly one mail with the right links and headers, one-click unsubscribe
 * erases the reader, and nothing more is sent. Then the rules around it: chosen topics and
 * authors, the weekly digest, an article left out, retries, a sender killed mid-mailing.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { newsletterMessages } from '@/i18n/newsletterMessages'
import { digestWeek, queueDueDigest } from '@/lib/newsletter/mailings'
import { MAX_ATTEMPTS, sendMailingSlice, STALE_AFTER_MS } from '@/lib/newsletter/send'
import {
  confirm,
  expireRequests,
  REQUEST_HOURS,
  signedRequest,
  signedSubscriber,
  unsubscribe,
} from '@/lib/newsletter/subscriptions'
import type { Subscriber } from '@/payload-types'

import {
  createArticle,
  createAuthor,
  createTopic,
  uniqueEmail,
  type World,
} from '../helpers/fixtures'
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '../helpers/smtp'
import type { TestApp } from '../helpers/testApp'
import { startWorld } from '../helpers/world'

let smtp: TestSmtpServer
let app: TestApp
let payload: Payload
let world: World

beforeAll(async () => {
  smtp = await startSmtpServer()
  // Read by the config's e-mail adapter, which startWorld loads: mail goes out over SMTP.
  process.env.SMTP_HOST = smtp.host
  process.env.SMTP_PORT = String(smtp.port)
  process.env.NEWSLETTER_RATE = '0'
  process.env.SERVER_URL = 'https://thinktank.example'
  ;({ app, payload, world } = await startWorld())
})
afterAll(async () => {
  await app?.close()
  await smtp?.close()
})

/** Runs every due job, as the in-app runner does at each tick. */
const runJobs = () => payload.jobs.run({ queue: 'default', limit: 50 })

const linkIn = (mail: ReceivedMail, path: string) => {
  // In the reader's language: /az/newsletter/…, /ru/newsletter/…, English at the root.
  const found = mail.text.match(
    new RegExp(`https://thinktank\\.example(?:/(?:az|ru))?${path}\\?[^\\s>]+`),
  )
  expect(found, `a ${path} link in “${mail.subject}”`).not.toBeNull()
  return new URL(found![0])
}

/** Asks over REST as an anonymous reader and follows the confirmation mail's link. */
async function subscribe(data: Record<string, unknown>): Promise<Subscriber> {
  const email = (data.email as string) ?? uniqueEmail()
  const before = smtp.to(email).length
  const asked = await world.api.post('/api/subscription-requests', { json: { ...data, email } })
  expect(asked.status, JSON.stringify(asked.body)).toBe(201)
  const mails = smtp.to(email)
  expect(mails).toHaveLength(before + 1)
  const link = linkIn(mails.at(-1)!, '/newsletter/confirm')
  const request = await signedRequest(
    payload,
    link.searchParams.get('r'),
    link.searchParams.get('t'),
  )
  expect(request).not.toBeNull()
  return confirm(payload, request!)
}

beforeEach(() => {
  smtp.refuseNext(0)
})

describe('subscribe, confirm, publish, unsubscribe', () => {
  it('sends one confirmation mail, nothing before confirming, and exactly one article mail after', async () => {
    const email = uniqueEmail('subscriber')
    const asked = await world.api.post('/api/subscription-requests', {
      json: { email, name: 'Leyla', locale: 'en', frequency: 'each', scope: 'all' },
    })
    expect(asked.status).toBe(201)
    const [confirmation] = smtp.to(email)
    expect(confirmation.subject).toBe(newsletterMessages('en').mail.confirmSubject('Think Tank'))
    expect(confirmation.html).toContain('/newsletter/confirm?')
    expect(
      await payload.count({ collection: 'subscribers', where: { email: { equals: email } } }),
    ).toMatchObject({ totalDocs: 0 })

    // Published before confirming: nothing for this reader.
    await createArticle(payload, [world.otherAuthor.id], 'published')
    await runJobs()
    expect(smtp.to(email)).toHaveLength(1)

    const link = linkIn(confirmation, '/newsletter/confirm')
    const request = await signedRequest(
      payload,
      link.searchParams.get('r'),
      link.searchParams.get('t'),
    )
    const subscriber = await confirm(payload, request!)
    expect(subscriber).toMatchObject({ email, name: 'Leyla', frequency: 'each', scope: 'all' })
    expect(subscriber.consent?.text).toBe(newsletterMessages('en').consent)
    expect(subscriber.consent?.ipHash).toMatch(/^[0-9a-f]{16,}$/)
    expect(subscriber.consent?.confirmedAt).toBeTruthy()
    // The link is used up.
    expect(
      await signedRequest(payload, link.searchParams.get('r'), link.searchParams.get('t')),
    ).toBeNull()

    const article = await createArticle(payload, [world.otherAuthor.id], 'published')
    await runJobs()
    const mails = smtp.to(email).slice(1)
    expect(mails).toHaveLength(1)
    const [mail] = mails
    expect(mail.subject).toBe(article.title)
    expect(mail.text).toContain(`https://thinktank.example/articles/${article.slug}`)
    expect(mail.html).toContain(`https://thinktank.example/articles/${article.slug}`)
    expect(mail.from).toContain('noreply@thinktank.example')
    const unsubscribeUrl = linkIn(mail, '/newsletter/unsubscribe')
    expect(mail.headers['list-unsubscribe']).toBe(`<${unsubscribeUrl.href}>`)
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click')
    const preferences = linkIn(mail, '/newsletter/preferences')
    expect(
      await signedSubscriber(
        payload,
        preferences.searchParams.get('s'),
        preferences.searchParams.get('t'),
      ),
    ).toMatchObject({ email })

    const [mailing] = (
      await payload.find({ collection: 'mailings', where: { article: { equals: article.id } } })
    ).docs
    expect(mailing).toMatchObject({ status: 'done', failed: 0, unconfirmed: 0 })
    expect(mailing.sent).toBe(mailing.recipients)

    // Edited and published again, unpublished and published again: never a second mail.
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { title: `${article.title} (corrected)`, _status: 'published' },
    })
    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' } })
    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' } })
    await runJobs()
    expect(smtp.to(email).slice(1)).toHaveLength(1)

    // One click (the mail client's RFC 8058 POST lands on the same function): erased, no more mail.
    const signed = await signedSubscriber(
      payload,
      unsubscribeUrl.searchParams.get('s'),
      unsubscribeUrl.searchParams.get('t'),
    )
    await unsubscribe(payload, signed!)
    expect(
      (await payload.count({ collection: 'subscribers', where: { email: { equals: email } } }))
        .totalDocs,
    ).toBe(0)
    expect(
      (
        await payload.count({
          collection: 'deliveries',
          where: { subscriber: { equals: String(subscriber.id) } },
        })
      ).totalDocs,
    ).toBe(0)
    expect(
      await signedSubscriber(
        payload,
        unsubscribeUrl.searchParams.get('s'),
        unsubscribeUrl.searchParams.get('t'),
      ),
    ).toBeNull()
    await createArticle(payload, [world.otherAuthor.id], 'published')
    await runJobs()
    expect(smtp.to(email).slice(1)).toHaveLength(1)
  })

  it('answers a request for an address that is subscribed already exactly as for a new one', async () => {
    const known = await subscribe({ email: uniqueEmail('known') })
    const ask = (email: string) =>
      world.api.post('/api/subscription-requests', { json: { email, frequency: 'weekly' } })
    const [again, fresh] = await Promise.all([ask(known.email), ask(uniqueEmail('fresh'))])
    expect(again.status).toBe(fresh.status)
    expect(Object.keys(again.body).sort()).toEqual(Object.keys(fresh.body).sort())
    expect(Object.keys(again.body.doc ?? {}).sort()).toEqual(
      Object.keys(fresh.body.doc ?? {}).sort(),
    )
    // The request changed nothing yet: the subscription is as it was until this link is followed.
    expect((await payload.findByID({ collection: 'subscribers', id: known.id })).frequency).toBe(
      'each',
    )
    const link = linkIn(smtp.to(known.email).at(-1)!, '/newsletter/confirm')
    const request = await signedRequest(
      payload,
      link.searchParams.get('r'),
      link.searchParams.get('t'),
    )
    const updated = await confirm(payload, request!)
    expect(updated).toMatchObject({ id: known.id, frequency: 'weekly' })
    expect(
      (
        await payload.count({
          collection: 'subscribers',
          where: { email: { equals: known.email } },
        })
      ).totalDocs,
    ).toBe(1)
  })

  it('refuses forged and expired confirmation links, and erases requests nobody confirmed', async () => {
    const email = uniqueEmail('late')
    await world.api.post('/api/subscription-requests', { json: { email } })
    const link = linkIn(smtp.to(email).at(-1)!, '/newsletter/confirm')
    const id = link.searchParams.get('r')
    expect(await signedRequest(payload, id, 'forged-token-forged-token-forged-')).toBeNull()
    expect(
      await signedRequest(
        payload,
        id,
        link.searchParams.get('t'),
        Date.now() + (REQUEST_HOURS + 1) * 3_600_000,
      ),
    ).toBeNull()
    await expireRequests(payload, Date.now() + (REQUEST_HOURS + 1) * 3_600_000)
    expect(
      (
        await payload.count({
          collection: 'subscription-requests',
          where: { email: { equals: email } },
        })
      ).totalDocs,
    ).toBe(0)
  })
})

describe('who gets what', () => {
  it('mails chosen topics and authors only to those who chose them, never an article left out', async () => {
    const topic = await createTopic(payload)
    const author = await createAuthor(payload)
    const byTopic = await subscribe({ scope: 'chosen', topics: [topic.id] })
    const byAuthor = await subscribe({ scope: 'chosen', authors: [author.id] })
    const weekly = await subscribe({ frequency: 'weekly' })
    const counts = () => [byTopic, byAuthor, weekly].map((reader) => smtp.to(reader.email).length)
    const before = counts()

    await createArticle(payload, [world.otherAuthor.id], 'published', { topics: [topic.id] })
    await runJobs()
    expect(counts()).toEqual([before[0] + 1, before[1], before[2]])

    await createArticle(payload, [author.id], 'published')
    await runJobs()
    expect(counts()).toEqual([before[0] + 1, before[1] + 1, before[2]])

    await createArticle(payload, [author.id], 'published', {
      topics: [topic.id],
      leaveOutOfMailings: true,
    })
    await runJobs()
    expect(counts()).toEqual([before[0] + 1, before[1] + 1, before[2]])
  })

  it('sends the weekly digest once, with the week’s articles each reader chose, in their language', async () => {
    const topic = await createTopic(payload)
    const everything = await subscribe({ frequency: 'weekly', locale: 'ru' })
    const chosen = await subscribe({ frequency: 'weekly', scope: 'chosen', topics: [topic.id] })
    const week = digestWeek(Date.now())
    const inWeek = new Date(Date.parse(week.from) + 3_600_000).toISOString()
    const onTopic = await createArticle(payload, [world.otherAuthor.id], 'published', {
      topics: [topic.id],
      publishedAt: inWeek,
    })
    const offTopic = await createArticle(payload, [world.otherAuthor.id], 'published', {
      publishedAt: inWeek,
    })
    const leftOut = await createArticle(payload, [world.otherAuthor.id], 'published', {
      publishedAt: inWeek,
      leaveOutOfMailings: true,
    })
    await runJobs()
    const before = [everything, chosen].map((reader) => smtp.to(reader.email).length)

    const at = Date.parse(week.until) + 60_000
    expect(await queueDueDigest(payload, at)).toBe(true)
    expect(await queueDueDigest(payload, at + 3_600_000)).toBe(false)
    await runJobs()
    const [ru] = smtp.to(everything.email).slice(before[0])
    const [en] = smtp.to(chosen.email).slice(before[1])
    expect(ru.subject).toBe(newsletterMessages('ru').mail.digestSubject('Think Tank'))
    expect(ru.text).toContain(`/ru/articles/${onTopic.slug}`)
    expect(ru.text).toContain('https://thinktank.example/ru/newsletter/unsubscribe?')
    expect(ru.text).toContain(`/ru/articles/${offTopic.slug}`)
    expect(ru.text).not.toContain(leftOut.slug)
    expect(en.text).toContain(`/articles/${onTopic.slug}`)
    expect(en.text).not.toContain(offTopic.slug)
    expect(smtp.to(everything.email).slice(before[0])).toHaveLength(1)
    expect(smtp.to(chosen.email).slice(before[1])).toHaveLength(1)
  })
})

describe('sending', () => {
  const mailingOf = async (article: { id: number | string }) =>
    (await payload.find({ collection: 'mailings', where: { article: { equals: article.id } } }))
      .docs[0]
  const deliveriesOf = async (mailing: { id: number | string }) =>
    (
      await payload.find({
        collection: 'deliveries',
        where: { mailing: { equals: mailing.id } },
        limit: 1000,
      })
    ).docs

  it('retries a mail the server put off, and gives up on one it refused for good', async () => {
    const readers = [
      await subscribe({ scope: 'chosen', authors: [world.ownAuthor.id] }),
      await subscribe({ scope: 'chosen', authors: [world.ownAuthor.id] }),
    ]
    const article = await createArticle(payload, [world.ownAuthor.id], 'published')
    // After the publish, whose workflow mail to the co-authors goes out at once.
    smtp.refuseNext(1, 451)
    await runJobs()
    const mailing = await mailingOf(article)
    let rows = await deliveriesOf(mailing)
    const putOff = rows.find((row) => row.status === 'failed')!
    expect(putOff).toMatchObject({ attempts: 1 })
    expect(rows.filter((row) => row.status === 'sent')).toHaveLength(1)
    expect(Date.parse(putOff.retryAt!)).toBeGreaterThan(Date.now())
    expect((await payload.findByID({ collection: 'mailings', id: mailing.id })).status).toBe(
      'sending',
    )

    // Its time comes: the next slice sends it.
    await payload.db.updateOne({
      collection: 'deliveries',
      id: putOff.id,
      data: { retryAt: new Date(Date.now() - 1000).toISOString() },
      req: {},
    })
    expect(await sendMailingSlice(payload, mailing.id)).toEqual({ done: true })
    rows = await deliveriesOf(mailing)
    expect(rows.find((row) => row.id === putOff.id)).toMatchObject({ status: 'sent', attempts: 2 })
    const reader = readers.find((candidate) => String(candidate.id) === putOff.subscriber)!
    const received = smtp.to(reader.email).filter((mail) => mail.subject === article.title)
    expect(received).toHaveLength(1)

    const refused = await createArticle(payload, [world.ownAuthor.id], 'published')
    smtp.refuseNext(1, 550)
    await runJobs()
    const refusedMailing = await mailingOf(refused)
    const refusedRow = (await deliveriesOf(refusedMailing)).find((row) => row.status === 'failed')!
    expect(refusedRow.attempts).toBe(MAX_ATTEMPTS)
    expect(await payload.findByID({ collection: 'mailings', id: refusedMailing.id })).toMatchObject(
      { status: 'done', failed: 1, sent: 1 },
    )
  })

  it('resumes a mailing whose sender was killed: nobody gets a second copy, mails in doubt are not resent', async () => {
    const topic = await createTopic(payload)
    for (let n = 0; n < 6; n++) await subscribe({ scope: 'chosen', topics: [topic.id] })
    // In the order the sender takes them.
    const { docs: readers } = await payload.find({
      collection: 'subscribers',
      where: { topics: { in: [topic.id] } },
      sort: 'id',
    })
    const article = await createArticle(payload, [world.otherAuthor.id], 'published', {
      topics: [topic.id],
    })
    const mailing = await mailingOf(article)
    // What a sender killed after two mails leaves: two sent, one taken with no answer, a cursor on it.
    const takenLongAgo = new Date(Date.now() - STALE_AFTER_MS - 1000).toISOString()
    for (const [index, status] of (['sent', 'sent', 'sending'] as const).entries()) {
      await payload.db.create({
        collection: 'deliveries',
        data: {
          key: `${mailing.key}:${readers[index].id}`,
          mailing: mailing.id,
          subscriber: String(readers[index].id),
          status,
          attempts: 1,
          takenAt: takenLongAgo,
        },
        req: {},
      })
    }
    await payload.db.updateOne({
      collection: 'mailings',
      id: mailing.id,
      data: { status: 'sending', cursor: String(readers[1].id) },
      req: {},
    })
    const before = readers.map((reader) => smtp.to(reader.email).length)
    await runJobs()
    const after = readers.map((reader, index) => smtp.to(reader.email).length - before[index])
    expect(after).toEqual([0, 0, 0, 1, 1, 1])
    expect(await payload.findByID({ collection: 'mailings', id: mailing.id })).toMatchObject({
      status: 'done',
      sent: 5,
      unconfirmed: 1,
      recipients: 6,
      failed: 0,
    })
  })

  it('does not finish a mailing while a killed sender’s delivery is too young to settle', async () => {
    const topic = await createTopic(payload)
    for (let n = 0; n < 2; n++) await subscribe({ scope: 'chosen', topics: [topic.id] })
    const { docs: readers } = await payload.find({
      collection: 'subscribers',
      where: { topics: { in: [topic.id] } },
      sort: 'id',
    })
    const article = await createArticle(payload, [world.otherAuthor.id], 'published', {
      topics: [topic.id],
    })
    const mailing = await mailingOf(article)
    // Taken just before the kill, after the last heartbeat: younger than STALE_AFTER_MS on resuming.
    const takenAt = Date.now() - 5_000
    const row = await payload.db.create({
      collection: 'deliveries',
      data: {
        key: `${mailing.key}:${readers[0].id}`,
        mailing: mailing.id,
        subscriber: String(readers[0].id),
        status: 'sending',
        attempts: 1,
        takenAt: new Date(takenAt).toISOString(),
      },
      req: {},
    })
    const result = await sendMailingSlice(payload, mailing.id)
    expect(result.done).toBe(false)
    expect((result as { waitUntil?: Date }).waitUntil!.getTime()).toBeGreaterThan(
      takenAt + STALE_AFTER_MS,
    )
    expect(smtp.to(readers[1].email).filter((mail) => mail.subject === article.title)).toHaveLength(
      1,
    )
    expect((await payload.findByID({ collection: 'mailings', id: mailing.id })).status).toBe(
      'sending',
    )
    // Its time comes: settled as unconfirmed, never sent, and the mailing is done.
    await payload.db.updateOne({
      collection: 'deliveries',
      id: row.id,
      data: { takenAt: new Date(Date.now() - STALE_AFTER_MS - 1000).toISOString() },
      req: {},
    })
    expect(await sendMailingSlice(payload, mailing.id)).toEqual({ done: true })
    expect(smtp.to(readers[0].email).filter((mail) => mail.subject === article.title)).toHaveLength(
      0,
    )
    expect(await payload.findByID({ collection: 'mailings', id: mailing.id })).toMatchObject({
      status: 'done',
      sent: 1,
      unconfirmed: 1,
      recipients: 2,
    })
  })
})
