/**
 * Authentication, sessions and the API's outer limits: the per-IP login limit (more in
 * client-address.test.ts), logout that ends the session on the server, login cookies that count only
 * from the site's own pages, capped list sizes and relationship depth, GraphQL depth limits, and
 * uploads that are more than they claim to be.
 */
import fs from 'node:fs'
import path from 'node:path'

import JSZip from 'jszip'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_PUBLIC_LIMIT } from '@/hooks/capPublicQueries'
import { siteOrigin } from '@/lib/config/site'

import { docxBytes, pdfBytes, pngBytes, submissionFields, uploadForm } from '../helpers/files'
import { createStaff, createTopic, type World } from '../helpers/fixtures'
import type { TestApp } from '../helpers/testApp'
import { startWorld } from '../helpers/world'

let app: TestApp
let payload: Payload
let world: World
beforeAll(async () => ({ app, payload, world } = await startWorld()))
afterAll(() => app?.close())

const login = (email: string, password: string, ip: string) =>
  world.api.post('/api/users/login', {
    json: { email, password },
    headers: { 'x-forwarded-for': ip },
  })

describe('logins', () => {
  it('are limited per IP address across accounts (429 with Retry-After), without touching others', async () => {
    const accounts = await Promise.all(
      Array.from({ length: 5 }, () => createStaff(payload, 'editor')),
    )
    // Two failures on each of five accounts: no account locks, but the address is spent.
    for (const { email } of accounts)
      for (let i = 0; i < 2; i++)
        expect((await login(email, 'guess', '198.51.100.7')).status).toBe(401)
    const refused = await login(accounts[0].email, accounts[0].password, '198.51.100.7')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(60)
    // The same editor from another address logs in normally: nobody was locked out.
    expect((await login(accounts[0].email, accounts[0].password, '198.51.100.8')).status).toBe(200)
  })

  it('set an HttpOnly, SameSite=Lax session cookie', async () => {
    const { email, password } = await createStaff(payload, 'editor')
    const response = await login(email, password, '192.0.2.10')
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
  })

  it('end on logout: the old token no longer works anywhere', async () => {
    const { email, password } = await createStaff(payload, 'editor')
    const token = (await login(email, password, '192.0.2.11')).body.token as string
    expect((await world.api.get('/api/users/me', { token })).body.user?.email).toBe(email)
    expect((await world.api.post('/api/users/logout', { token })).status).toBe(200)
    expect((await world.api.get('/api/users/me', { token })).body.user ?? null).toBeNull()
    expect((await world.api.get('/api/submissions', { token })).status).toBe(403)
  })
})

describe('cookie-authenticated writes', () => {
  it('count only from the site itself: a foreign Origin writes as nobody (403), changing nothing', async () => {
    const { email, password } = await createStaff(payload, 'editor')
    const cookie = (
      (await login(email, password, '192.0.2.12')).headers.get('set-cookie') ?? ''
    ).split(';')[0]
    const topic = await createTopic(payload)
    const patch = (origin: string) =>
      world.api.patch(`/api/topics/${topic.id}`, {
        json: { description: `Edited from ${origin}` },
        headers: { cookie, origin },
      })
    expect((await patch('https://evil.example')).status).toBe(403)
    expect((await payload.findByID({ collection: 'topics', id: topic.id })).description).toBe(
      topic.description,
    )
    expect((await patch(siteOrigin())).status).toBe(200)
  })
})

describe('public list and depth limits', () => {
  it(`return at most ${MAX_PUBLIC_LIMIT} documents per request to readers, whatever they ask`, async () => {
    const existing = (await payload.count({ collection: 'topics' })).totalDocs
    for (let i = existing; i < MAX_PUBLIC_LIMIT + 5; i++) await createTopic(payload)
    for (const query of [
      'limit=0',
      'limit=100000',
      'pagination=false',
      'pagination=false&limit=0',
    ]) {
      const response = await world.api.get(`/api/topics?${query}&depth=0`)
      expect(response.status, query).toBe(200)
      expect(response.body.docs.length, query).toBe(MAX_PUBLIC_LIMIT)
    }
    const graphql = await world.api.graphql('{ Topics(limit: 0) { docs { id } } }')
    expect(graphql.body.data.Topics.docs.length).toBe(MAX_PUBLIC_LIMIT)
    // Editors (the admin panel) are not capped.
    const editor = await world.api.get('/api/topics?limit=0&depth=0', {
      token: world.tokens.editor,
    })
    expect(editor.body.docs.length).toBeGreaterThan(MAX_PUBLIC_LIMIT)
  })

  it('never populate relationships deeper than 3 levels', async () => {
    const nesting = (value: unknown): number =>
      Array.isArray(value)
        ? Math.max(0, ...value.map(nesting))
        : value && typeof value === 'object'
          ? ('createdAt' in value ? 1 : 0) + Math.max(0, ...Object.values(value).map(nesting))
          : 0
    const response = await world.api.get(`/api/comments/${world.approvedComment.id}?depth=50`)
    expect(response.status).toBe(200)
    // The comment itself, then at most three levels of related documents.
    expect(nesting(response.body)).toBeLessThanOrEqual(4)
    expect(payload.config.maxDepth).toBe(3)
  })

  it('refuse deeply nested GraphQL queries before running them', async () => {
    const nested = (levels: number): string => (levels ? `parent { ${nested(levels - 1)} }` : 'id')
    const fine = await world.api.graphql(`{ Comments { docs { ${nested(4)} } } }`)
    expect(fine.body.errors ?? []).toEqual([])
    const response = await world.api.graphql(`{ Comments { docs { ${nested(10)} } } }`)
    expect(response.body.errors?.[0]?.message).toMatch(/exceeds maximum operation depth/)
    expect(response.body.data ?? null).toBeNull()
  })
})

describe('uploads that are more than they claim', () => {
  const filesIn = (collection: string) => {
    const dir = path.join(app.uploadDir, collection)
    return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []
  }
  const upload = (
    collection: 'media' | 'submissions',
    fields: object,
    bytes: Buffer,
    name: string,
    type: string,
    token?: string,
  ) => world.api.post(`/api/${collection}`, { form: uploadForm(fields, bytes, name, type), token })
  const withInsert = (pdf: Buffer, insert: string) => {
    const text = pdf.toString('latin1')
    const at = text.indexOf('endobj') + 'endobj\n'.length
    return Buffer.from(text.slice(0, at) + insert + text.slice(at), 'latin1')
  }

  const refused: [string, () => Promise<{ bytes: Buffer; name: string; type: string }>][] = [
    [
      'a PDF with JavaScript',
      async () => ({
        bytes: withInsert(pdfBytes(), '4 0 obj<</S/JavaScript/JS(app.alert(1))>>endobj\n'),
        name: 'a.pdf',
        type: 'application/pdf',
      }),
    ],
    [
      'a PDF that is also a web page',
      async () => ({
        bytes: withInsert(pdfBytes(), '%<html><script>alert(1)</script>\n'),
        name: 'b.pdf',
        type: 'application/pdf',
      }),
    ],
    [
      'a PDF with a ZIP archive inside',
      async () => {
        const zip = await new JSZip()
          .file('payload.js', 'alert(1)')
          .generateAsync({ type: 'nodebuffer' })
        return { bytes: Buffer.concat([pdfBytes(), zip]), name: 'c.pdf', type: 'application/pdf' }
      },
    ],
    [
      'a Word file with macros',
      async () => {
        const zip = await JSZip.loadAsync(await docxBytes())
        zip.file('word/vbaProject.bin', Buffer.from('macro'))
        const bytes = await zip.generateAsync({ type: 'nodebuffer' })
        return {
          bytes,
          name: 'd.docx',
          type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        }
      },
    ],
  ]

  for (const [label, make] of refused) {
    it(`refuses ${label} as a manuscript (400 naming the file), storing nothing`, async () => {
      const { bytes, name, type } = await make()
      const before = {
        count: (await payload.count({ collection: 'submissions' })).totalDocs,
        files: filesIn('submissions'),
      }
      const response = await upload('submissions', submissionFields(), bytes, name, type)
      expect(response.status).toBe(400)
      expect(response.body.errors[0].data.errors[0].path).toBe('file')
      expect((await payload.count({ collection: 'submissions' })).totalDocs).toBe(before.count)
      expect(filesIn('submissions')).toEqual(before.files)
    })
  }

  it('re-encodes images, so a script riding along in the file is not stored', async () => {
    const bytes = Buffer.concat([
      await pngBytes(),
      Buffer.from('<script>alert(document.cookie)</script>'),
    ])
    const response = await upload(
      'media',
      { alt: 'A square' },
      bytes,
      'square.png',
      'image/png',
      world.tokens.editor,
    )
    expect(response.status).toBe(201)
    expect(response.body.doc.mimeType).toBe('image/webp')
    const stored = fs.readFileSync(path.join(app.uploadDir, 'media', response.body.doc.filename))
    expect(stored.subarray(8, 12).toString('latin1')).toBe('WEBP')
    expect(stored.includes('<script>')).toBe(false)
  })

  it('refuses an SVG with a script, even named .png', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    )
    const before = filesIn('media')
    for (const [name, type] of [
      ['x.svg', 'image/svg+xml'],
      ['x.png', 'image/png'],
    ]) {
      const response = await upload('media', { alt: 'x' }, svg, name, type, world.tokens.editor)
      expect(response.status, name).toBe(400)
    }
    expect(filesIn('media')).toEqual(before)
  })
})

describe('comment flood over REST', () => {
  it('answers 429 with Retry-After', async () => {
    const post = (body: string) =>
      world.api.post('/api/comments', {
        json: {
          article: world.published.id,
          authorName: 'Quick',
          authorEmail: 'quick@example.org',
          body,
        },
        headers: { 'x-forwarded-for': '192.0.2.77' },
      })
    expect((await post('First thought.')).status).toBe(201)
    const second = await post('Second thought.')
    expect(second.status).toBe(429)
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})
