/**
 * E-mail subscriptions (issue 20): subscriber addresses are for editors and admins only, on every
 * API path (Local API with the caller's user, REST and GraphQL over HTTP), with the outcome read
 * from the role table (src/access/permissions.ts); nobody subscribes anyone without the signed
 * link; the limits per sender and per address hold on REST and GraphQL alike; the CSV export and
 * the test send are editors'.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PERMISSIONS, type Rule } from '@/access/permissions'
import { perAddress, perSender } from '@/collections/SubscriptionRequests/hooks/limitRequests'
import { readOutbox } from '@/lib/email'
import { confirm } from '@/lib/newsletter/subscriptions'

import { createArticle, ROLES, type Role, type World, uniqueEmail } from '../helpers/fixtures'
import type { TestApp } from '../helpers/testApp'
import { startWorld } from '../helpers/world'

let app: TestApp
let payload: Payload
let world: World
beforeAll(async () => ({ app, payload, world } = await startWorld()))
afterAll(() => app?.close())

type Subject = 'subscribers' | 'subscription-requests' | 'mailings' | 'deliveries'
const allowed = (subject: Subject, action: string, role: Role) =>
  (PERMISSIONS[subject].actions as Record<string, Rule>)[action]?.[role] !== undefined
const userOf = (role: Role) => (role === 'anonymous' ? undefined : world.users[role])
const local = (role: Role) => ({ user: userOf(role), overrideAccess: false as const })
const refusedLocally = (work: Promise<unknown>) =>
  work.then(
    () => false,
    (error: { status?: number }) => error.status === 403 || error.status === 401,
  )

/** A confirmed subscriber, made as the confirmation link makes one. */
async function subscriber(name = '=HYPERLINK("http://evil.example")') {
  const request = await payload.create({
    collection: 'subscription-requests',
    data: { email: uniqueEmail('sub'), name, frequency: 'each', scope: 'all', locale: 'en' },
  })
  return confirm(payload, request)
}

const GRAPHQL_LIST = {
  subscribers: 'Subscribers',
  'subscription-requests': 'SubscriptionRequests',
  mailings: 'Mailings',
} as const

describe('reading addresses', () => {
  for (const subject of ['subscribers', 'subscription-requests', 'mailings'] as const) {
    for (const role of ROLES) {
      const may = allowed(subject, 'read', role)
      it(`${role} ${may ? 'may' : 'may not'} read ${subject} on the Local API, REST and GraphQL`, async () => {
        const reader = await subscriber('Reader')
        await createArticle(payload, [world.otherAuthor.id], 'published')
        await payload.create({
          collection: 'subscription-requests',
          data: { email: reader.email, frequency: 'weekly' },
        })
        const viaLocal = payload.find({ collection: subject, ...local(role) })
        if (may) expect((await viaLocal).totalDocs).toBeGreaterThan(0)
        else expect(await refusedLocally(viaLocal)).toBe(true)

        const rest = await world.api.get(`/api/${subject}?limit=100`, { token: world.tokens[role] })
        expect(rest.status).toBe(may ? 200 : 403)
        if (!may) expect(JSON.stringify(rest.body)).not.toContain(reader.email)

        const field = subject === 'mailings' ? 'title' : 'email'
        const graphql = await world.api.graphql(
          `{ ${GRAPHQL_LIST[subject]}(limit: 100) { docs { id ${field} } } }`,
          {},
          world.tokens[role],
        )
        if (may) expect(graphql.body.data[GRAPHQL_LIST[subject]].docs.length).toBeGreaterThan(0)
        else {
          expect(graphql.body.errors?.[0]?.message).toMatch(/not allowed/i)
          expect(JSON.stringify(graphql.body)).not.toContain(reader.email)
        }

        const byId = await world.api.get(`/api/subscribers/${reader.id}`, {
          token: world.tokens[role],
        })
        expect(byId.status).toBe(allowed('subscribers', 'read', role) ? 200 : 403)
      })
    }
  }

  it('keeps deliveries out of GraphQL and shows them over REST to editors and admins only', async () => {
    for (const role of ROLES) {
      const rest = await world.api.get('/api/deliveries', { token: world.tokens[role] })
      expect(rest.status).toBe(allowed('deliveries', 'read', role) ? 200 : 403)
    }
    const graphql = await world.api.graphql(
      '{ Deliveries { docs { id } } }',
      {},
      world.tokens.admin,
    )
    expect(graphql.body.errors?.[0]?.message).toMatch(/Cannot query field/)
  })
})

describe('writing', () => {
  for (const role of ROLES) {
    it(`${role} may not create or change a subscriber or a mailing on any path`, async () => {
      const reader = await subscriber('Reader')
      const data = {
        email: uniqueEmail('forced'),
        frequency: 'each' as const,
        scope: 'all' as const,
        locale: 'en' as const,
      }
      expect(
        await refusedLocally(payload.create({ collection: 'subscribers', data, ...local(role) })),
      ).toBe(true)
      expect(
        await refusedLocally(
          payload.update({
            collection: 'subscribers',
            id: reader.id,
            data: { email: uniqueEmail() },
            ...local(role),
          }),
        ),
      ).toBe(true)
      const token = world.tokens[role]
      expect((await world.api.post('/api/subscribers', { json: data, token })).status).toBe(403)
      expect(
        (
          await world.api.patch(`/api/subscribers/${reader.id}`, {
            json: { email: uniqueEmail() },
            token,
          })
        ).status,
      ).toBe(403)
      const graphql = await world.api.graphql(
        'mutation ($email: String!) { createSubscriber(data: { email: $email, frequency: each, scope: all, locale: en }) { id } }',
        { email: uniqueEmail('gql') },
        token,
      )
      expect(graphql.body.errors?.[0]?.message).toMatch(/not allowed/i)
      expect(
        (await world.api.post('/api/mailings', { json: { key: 'x', kind: 'article' }, token }))
          .status,
      ).toBe(403)
      expect((await payload.findByID({ collection: 'subscribers', id: reader.id })).email).toBe(
        reader.email,
      )
    })

    const mayErase = allowed('subscribers', 'delete', role)
    it(`${role} ${mayErase ? 'may' : 'may not'} erase a subscriber`, async () => {
      const reader = await subscriber('Reader')
      const response = await world.api.delete(`/api/subscribers/${reader.id}`, {
        token: world.tokens[role],
      })
      expect(response.status).toBe(mayErase ? 200 : 403)
      const left = await payload.count({
        collection: 'subscribers',
        where: { id: { equals: reader.id } },
      })
      expect(left.totalDocs).toBe(mayErase ? 0 : 1)
    })
  }

  it('stamps the proof of consent itself, whatever the caller sends', async () => {
    const response = await world.api.post('/api/subscription-requests', {
      json: {
        email: uniqueEmail('stamp'),
        consentText: 'I agreed to nothing',
        ipHash: 'forged',
        locale: 'az',
      },
    })
    expect(response.status).toBe(201)
    const [stored] = (
      await payload.find({
        collection: 'subscription-requests',
        where: { email: { equals: response.body.doc.email } },
      })
    ).docs
    expect(stored.consentText).not.toBe('I agreed to nothing')
    expect(stored.consentText).toMatch(/abunəlik/)
    expect(stored.ipHash).not.toBe('forged')
  })

  it('names the field of a bad request and stores nothing', async () => {
    for (const json of [
      { email: 'not an address' },
      { email: uniqueEmail(), frequency: 'hourly' },
      { email: uniqueEmail(), topics: ['nope'] },
      // "Chosen topics and authors" with none chosen would never receive anything.
      { email: uniqueEmail(), scope: 'chosen' },
      { email: { $ne: 1 } },
    ]) {
      const response = await world.api.post('/api/subscription-requests', { json })
      expect(response.status, JSON.stringify(json)).toBe(400)
      expect(
        response.body.errors[0].data?.errors?.[0]?.path ?? response.body.errors[0].path,
      ).toMatch(/email|frequency|topics/)
    }
  })
})

describe('limits', () => {
  it(`holds ${perAddress.max} requests per address a day, on REST and GraphQL together`, async () => {
    const email = uniqueEmail('flooded')
    const statuses: number[] = []
    for (let n = 0; n < perAddress.max + 1; n++) {
      if (n % 2) {
        const graphql = await world.api.graphql(
          'mutation ($email: String!) { createSubscriptionRequest(data: { email: $email }) { id } }',
          { email },
        )
        statuses.push(
          graphql.body.errors ? (graphql.body.errors[0].extensions?.statusCode ?? 400) : 200,
        )
      } else
        statuses.push(
          (await world.api.post('/api/subscription-requests', { json: { email } })).status,
        )
    }
    expect(
      statuses.slice(0, perAddress.max).every((status) => status === 200 || status === 201),
    ).toBe(true)
    expect(statuses.at(-1)).toBe(429)
    const stored = await payload.count({
      collection: 'subscription-requests',
      where: { email: { equals: email } },
    })
    expect(stored.totalDocs).toBe(perAddress.max)
    const confirmations = readOutbox(process.env.MAIL_OUTBOX!).filter((mail) => mail.to === email)
    expect(confirmations).toHaveLength(perAddress.max)
  })

  it(`holds ${perSender.max} requests an hour per sender, whatever the addresses`, async () => {
    const headers = { 'x-forwarded-for': '198.51.100.77' }
    const statuses: number[] = []
    for (let n = 0; n < perSender.max + 1; n++)
      statuses.push(
        (
          await world.api.post('/api/subscription-requests', {
            json: { email: uniqueEmail() },
            headers,
          })
        ).status,
      )
    expect(statuses.slice(0, perSender.max)).toEqual(Array(perSender.max).fill(201))
    const refused = await world.api.post('/api/subscription-requests', {
      json: { email: uniqueEmail() },
      headers,
    })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})

describe('editors’ tools', () => {
  it('exports the list as CSV for editors only, with formulas defused', async () => {
    const reader = await subscriber()
    for (const role of ROLES) {
      const response = await world.api.get('/api/subscribers/export.csv', {
        token: world.tokens[role],
      })
      const may = allowed('subscribers', 'export', role)
      expect(response.status).toBe(may ? 200 : role === 'anonymous' ? 401 : 403)
      if (!may) continue
      expect(response.headers.get('content-type')).toMatch(/text\/csv/)
      const line = String(response.body)
        .split('\r\n')
        .find((row) => row.includes(reader.email))!
      expect(line).toContain(`"'=HYPERLINK(""http://evil.example"")"`)
    }
  })

  it('sends a test of an article’s mail to the editor asking, and to nobody else', async () => {
    const draft = await createArticle(payload, [world.otherAuthor.id], 'draft')
    for (const role of ROLES) {
      const response = await world.api.post('/api/mailings/test-send', {
        json: { article: draft.id },
        token: world.tokens[role],
      })
      const may = allowed('mailings', 'testSend', role)
      expect(response.status).toBe(may ? 200 : role === 'anonymous' ? 401 : 403)
      if (!may) continue
      const mail = readOutbox(process.env.MAIL_OUTBOX!).at(-1)!
      expect(mail.to).toBe(world.users[role as 'editor' | 'admin'].email)
      expect(mail.subject).toBe(draft.title)
    }
  })
})
