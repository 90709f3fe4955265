/**
 * Two servers on one database, as behind a load balancer. The login, comment and submission limits
 * count an address's attempts on both together (the ledger is in the database, src/lib/limits), so
 * spreading attempts over the instances gains an attacker nothing; and numbers handed out to
 * readers (submission references) never repeat across instances.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pdfBytes, submissionFields, uploadForm } from '../helpers/files'
import { uniqueEmail, type World } from '../helpers/fixtures'
import { startSecondInstance } from '../helpers/instances'
import type { TestApp } from '../helpers/testApp'
import { startWorld } from '../helpers/world'

let app: TestApp
let world: World
let second: { baseURL: string; stop: () => void }
beforeAll(async () => {
  ;({ app, world } = await startWorld())
  second = await startSecondInstance()
}, 180_000)
afterAll(async () => {
  second?.stop()
  await app?.close()
})

const instances = () => [app.baseURL, second.baseURL]

const login = (baseURL: string, address: string, password: string) =>
  fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ email: world.users.editor.email, password }),
  })

const submit = (baseURL: string, address: string) =>
  fetch(`${baseURL}/api/submissions`, {
    method: 'POST',
    headers: { 'x-forwarded-for': address },
    body: uploadForm(
      submissionFields({ email: uniqueEmail('spread') }),
      pdfBytes(),
      'm.pdf',
      'application/pdf',
    ),
  })

const comment = (baseURL: string, address: string, body: string) =>
  fetch(`${baseURL}/api/comments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({
      article: world.published.id,
      authorName: 'Spread reader',
      authorEmail: uniqueEmail('spread'),
      body,
    }),
  })

describe('limits across two instances on one database', () => {
  it('five failed logins from one address, spread over both, lock that address out of both', async () => {
    const address = '198.51.100.71'
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await login(instances()[attempt % 2], address, `wrong-${attempt}`)
      expect(response.status, `attempt ${attempt + 1}`).toBe(401)
    }
    for (const baseURL of instances()) {
      const response = await login(baseURL, address, 'wrong-again')
      expect(response.status, baseURL).toBe(429)
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
    }
  })

  it('one submission per address at a time: a parallel burst over both instances lets exactly one through', async () => {
    const address = '198.51.100.72'
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, index) => submit(instances()[index % 2], address)),
    )
    const statuses = answers.map((response) => response.status).sort()
    expect(statuses).toEqual([201, 429, 429, 429, 429, 429])
    expect((await submit(second.baseURL, address)).status).toBe(429)
    expect((await submit(app.baseURL, '198.51.100.73')).status).toBe(201)
  })

  it('one comment per address every 15 seconds: a parallel burst over both instances stores exactly one', async () => {
    const address = '198.51.100.74'
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        comment(instances()[index % 2], address, `Burst comment ${index}.`),
      ),
    )
    const statuses = answers.map((response) => response.status)
    expect(statuses.sort()).toEqual([201, 429, 429, 429, 429, 429])
    const stored = await world.api.get(
      `/api/comments?where[authorName][equals]=Spread%20reader&limit=10&depth=0`,
      { token: world.tokens.editor },
    )
    expect(stored.body.totalDocs).toBe(1)
    // Sent one after the other, the first through either instance passes and the next does not.
    const next = '198.51.100.75'
    expect((await comment(second.baseURL, next, 'Through B.')).status).toBe(201)
    expect((await comment(app.baseURL, next, 'Then through A.')).status).toBe(429)
  })
})

describe('numbers handed out across two instances on one database', () => {
  it('ten submissions at once, from ten senders over both instances, get ten different references', async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        submit(instances()[index % 2], `198.51.100.${120 + index}`),
      ),
    )
    const bodies = await Promise.all(
      answers.map(async (response) => ({ status: response.status, body: await response.json() })),
    )
    expect(
      bodies.map(({ status }) => status),
      JSON.stringify(bodies),
    ).toEqual(Array(10).fill(201))
    const references = bodies.map(
      ({ body }) => (body as { doc: { reference: string } }).doc.reference,
    )
    expect(new Set(references).size).toBe(10)
    for (const reference of references) expect(reference).toMatch(/^TT-\d{4}-\d{4}$/)
  })
})
