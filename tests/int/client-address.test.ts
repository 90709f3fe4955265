/**
 * Per-address limits count an address the client cannot choose: the connection's own, unless it
 * is one of the proxies named in TRUSTED_PROXIES, which then speak for the client. Logins are
 * counted on every path, and failures from one source lock nobody else out.
 */
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { CONNECTION_ADDRESS_HEADER } from '@/lib/connectionAddress.mjs'
import { clientIp } from '@/lib/requestIp'

import { createStaff, type World } from '../helpers/fixtures'
import type { TestApp } from '../helpers/testApp'
import { startWorld } from '../helpers/world'

let app: TestApp
let payload: Payload
let world: World
beforeAll(async () => ({ app, payload, world } = await startWorld()))
afterAll(() => app?.close())

const testSetting = process.env.TRUSTED_PROXIES
afterEach(() => {
  process.env.TRUSTED_PROXIES = testSetting
})

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  world.api.post('/api/users/login', { json: { email, password }, headers })

const graphqlLogin = (email: string, password: string, headers: Record<string, string>) =>
  world.api.request('POST', '/api/graphql', {
    json: {
      query:
        'mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }',
      variables: { email, password },
    },
    headers,
  })

describe('the client address', () => {
  const headersOf = (connection: string, forwarded?: string) =>
    new Headers({
      [CONNECTION_ADDRESS_HEADER]: connection,
      ...(forwarded ? { 'x-forwarded-for': forwarded } : {}),
      'x-real-ip': '10.9.9.9',
    })

  it('is the connection when no proxy is trusted, whatever the client sends', () => {
    process.env.TRUSTED_PROXIES = ''
    expect(clientIp(headersOf('203.0.113.5', '198.51.100.1'))).toBe('203.0.113.5')
    expect(clientIp(headersOf('::ffff:203.0.113.5'))).toBe('203.0.113.5')
  })

  it('is the nearest untrusted hop behind trusted proxies, so entries a client adds on the left count for nothing', () => {
    process.env.TRUSTED_PROXIES = '127.0.0.1, 10.0.0.0/8'
    expect(clientIp(headersOf('127.0.0.1', '198.51.100.66, 203.0.113.5'))).toBe('203.0.113.5')
    expect(clientIp(headersOf('127.0.0.1', '198.51.100.66, 203.0.113.5, 10.1.2.3'))).toBe(
      '203.0.113.5',
    )
    // The connection itself is not a proxy of ours: its X-Forwarded-For is the client's invention.
    expect(clientIp(headersOf('203.0.113.7', '198.51.100.66'))).toBe('203.0.113.7')
  })

  it('is N hops from the right with a number of proxies', () => {
    process.env.TRUSTED_PROXIES = '1'
    expect(clientIp(headersOf('127.0.0.1', '198.51.100.66, 203.0.113.5'))).toBe('203.0.113.5')
    process.env.TRUSTED_PROXIES = '2'
    expect(clientIp(headersOf('127.0.0.1', '198.51.100.66, 203.0.113.5, 10.0.0.2'))).toBe(
      '203.0.113.5',
    )
  })

  it('is unknown for a call that did not come through our server (no IP rule applies)', () => {
    expect(
      clientIp(new Headers({ 'x-forwarded-for': '203.0.113.5', 'x-real-ip': '203.0.113.5' })),
    ).toBeNull()
  })

  it('refuses a TRUSTED_PROXIES it cannot read, naming the entry', () => {
    process.env.TRUSTED_PROXIES = '127.0.0.1, proxy.internal'
    expect(() => clientIp(headersOf('127.0.0.1'))).toThrow(/proxy\.internal/)
  })
})

describe('logins', () => {
  it('from one connection are one address, however it varies X-Real-IP, X-Forwarded-For or our own header', async () => {
    process.env.TRUSTED_PROXIES = ''
    const accounts = await Promise.all(
      Array.from({ length: 4 }, () => createStaff(payload, 'editor')),
    )
    const statuses: number[] = []
    for (let attempt = 0; attempt < 12; attempt++) {
      const spoofed = `203.0.113.${attempt + 1}`
      const { email } = accounts[attempt % accounts.length]
      const response = await login(email, 'guess', {
        'x-real-ip': spoofed,
        'x-forwarded-for': spoofed,
        [CONNECTION_ADDRESS_HEADER]: spoofed,
      })
      statuses.push(response.status)
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401))
    expect(statuses.slice(10)).toEqual([429, 429])
  })

  it('failing from one address cannot lock the account for its owner elsewhere', async () => {
    const { email, password } = await createStaff(payload, 'editor')
    const attacker = { 'x-forwarded-for': '203.0.113.40' }
    for (let attempt = 0; attempt < 5; attempt++)
      expect((await login(email, 'guess', attacker)).status).toBe(401)
    // The attacker's address is stopped on this account, even with the right password…
    expect((await login(email, password, attacker)).status).toBe(429)
    // …while the owner, from their own address, logs in.
    expect((await login(email, password, { 'x-forwarded-for': '198.51.100.40' })).status).toBe(200)
  })

  it('lock the account for everyone only after many failures from many addresses', async () => {
    const { email, password } = await createStaff(payload, 'intern')
    for (let attempt = 0; attempt < 30; attempt++) {
      expect(
        (
          await login(email, 'guess', {
            'x-forwarded-for': `198.18.${Math.floor(attempt / 5)}.${attempt % 5}`,
          })
        ).status,
      ).toBe(401)
    }
    const locked = await login(email, password, { 'x-forwarded-for': '198.18.99.1' })
    expect(locked.status).toBe(401)
    expect(JSON.stringify(locked.body)).toMatch(/locked/i)
  })

  it('over GraphQL count like any other: ten failures there spend the address for REST too', async () => {
    const { email, password } = await createStaff(payload, 'editor')
    const address = { 'x-forwarded-for': '203.0.113.60' }
    const otherAccounts = await Promise.all(
      Array.from({ length: 2 }, () => createStaff(payload, 'intern')),
    )
    for (let attempt = 0; attempt < 10; attempt++) {
      const response = await graphqlLogin(otherAccounts[attempt % 2].email, 'guess', address)
      expect(JSON.stringify(response.body.errors)).toMatch(/incorrect|locked/i)
    }
    const graphqlRefused = await graphqlLogin(email, password, address)
    expect(JSON.stringify(graphqlRefused.body.errors)).toMatch(/too many failed logins/i)
    expect((await login(email, password, address)).status).toBe(429)
  })

  it('that succeed are not failures: an editor who logs in often is never stopped', async () => {
    const { email, password } = await createStaff(payload, 'editor')
    for (let attempt = 0; attempt < 12; attempt++)
      expect((await login(email, password, { 'x-forwarded-for': '192.0.2.90' })).status).toBe(200)
  })
})
