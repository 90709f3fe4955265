/**
 * Staff accounts by invitation (POST /api/users/invite): an admin gives a name, an e-mail and a
 * role, never a password; the person is e-mailed a link to set their own, which works for 48
 * hours and once; and "Forgot password" e-mails a reset link at the site's own address, whatever
 * Host the request named.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readOutbox } from '@/lib/email'

import { uniqueEmail, type World } from '../helpers/fixtures'
import type { TestApp } from '../helpers/testApp'
import { startWorld } from '../helpers/world'

let app: TestApp
let payload: Payload
let world: World
beforeAll(async () => {
  process.env.SERVER_URL = 'https://policy.example'
  ;({ app, payload, world } = await startWorld())
})
afterAll(() => app?.close())

const outbox = () => readOutbox(process.env.MAIL_OUTBOX!)
const mailTo = (email: string) => outbox().filter((mail) => mail.to === email)
const RESET_LINK = /https:\/\/policy\.example\/admin\/reset\/([a-f0-9]+)/

const invite = (data: Record<string, unknown>, token = world.tokens.admin) =>
  world.api.post('/api/users/invite', { token, json: data })

const accountsWith = async (email: string) =>
  (await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs

describe('inviting a staff member', () => {
  it('makes the account and e-mails a link with which its owner sets a password and logs in', async () => {
    const email = uniqueEmail('fellow')
    const response = await invite({ name: 'Rauf Mammadov', email, role: 'editor', language: 'ru' })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    const [user] = (
      await payload.find({ collection: 'users', where: { email: { equals: email } } })
    ).docs
    expect(user).toMatchObject({ name: 'Rauf Mammadov', role: 'editor', language: 'ru' })

    const [mail] = mailTo(email)
    expect(mail.subject).toContain('Приглашение')
    expect(mail.text).toContain('Rauf Mammadov')
    expect(mail.text).toContain('48')
    const token = RESET_LINK.exec(mail.text)?.[1]
    expect(token).toBeTruthy()

    const password = 'a-password-of-my-own-choosing'
    const reset = await world.api.post('/api/users/reset-password', { json: { token, password } })
    expect(reset.status, JSON.stringify(reset.body)).toBe(200)
    expect(await world.api.login(email, password)).toBeTruthy()
    // The link sets a password once.
    const again = await world.api.post('/api/users/reset-password', {
      json: { token, password: 'another-password-entirely' },
    })
    expect(again.status).toBeGreaterThanOrEqual(400)
  })

  it('gives the link 48 hours, after which it no longer works', async () => {
    const email = uniqueEmail('intern')
    const before = Date.now()
    expect((await invite({ name: 'Aytan Aliyeva', email, role: 'intern' })).status).toBe(201)
    const stored = await payload.db.findOne<{ id: string; resetPasswordExpiration: string }>({
      collection: 'users',
      where: { email: { equals: email } },
    })
    const expires = Date.parse(stored!.resetPasswordExpiration)
    expect(expires - before).toBeGreaterThanOrEqual(48 * 3_600_000 - 1000)
    expect(expires - Date.now()).toBeLessThanOrEqual(48 * 3_600_000)

    await payload.db.updateOne({
      collection: 'users',
      id: stored!.id,
      data: { resetPasswordExpiration: new Date(Date.now() - 1000).toISOString() },
    })
    const token = RESET_LINK.exec(mailTo(email)[0].text)?.[1]
    const late = await world.api.post('/api/users/reset-password', {
      json: { token, password: 'too-late-for-this-one' },
    })
    expect(late.status).toBeGreaterThanOrEqual(400)
  })

  it('is for admins only', async () => {
    const email = uniqueEmail('nobody')
    expect((await invite({ name: 'X', email, role: 'admin' }, world.tokens.editor)).status).toBe(
      403,
    )
    expect((await invite({ name: 'X', email, role: 'admin' }, '')).status).toBe(401)
    expect(await accountsWith(email)).toBe(0)
    expect(mailTo(email)).toHaveLength(0)
  })

  it('refuses bad input naming the field, storing and sending nothing', async () => {
    const email = uniqueEmail('bad')
    for (const [data, field] of [
      [{ email, role: 'editor' }, 'name'],
      [{ name: 'Someone', email: 'not-an-address', role: 'editor' }, 'email'],
      [{ name: 'Someone', email, role: 'owner' }, 'role'],
    ] as const) {
      const response = await invite(data)
      expect(response.status).toBe(400)
      expect(response.body.errors[0].path).toBe(field)
    }
    const taken = await invite({ name: 'Twin', email: world.users.editor.email, role: 'intern' })
    expect(taken.status).toBe(400)
    expect(await accountsWith(email)).toBe(0)
    expect(mailTo(email)).toHaveLength(0)
  })
})

describe('forgot password', () => {
  it("e-mails a reset link at the site's address, even when the request names another host", async () => {
    const email = world.users.intern.email
    const response = await world.api.post('/api/users/forgot-password', {
      json: { email },
      headers: { host: 'attacker.example' },
    })
    expect(response.status).toBe(200)
    const [mail] = mailTo(email).slice(-1)
    expect(mail.html ?? mail.text).toMatch(RESET_LINK)
    expect(mail.html ?? mail.text).not.toContain('attacker.example')
  })
})
