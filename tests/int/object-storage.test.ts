/**
 * Uploads in S3-compatible object storage (S3_BUCKET), against a real S3-protocol server on
 * loopback: images and manuscripts land in the bucket and not on disk, are served only through
 * Payload's access-checked file routes (no bucket address in any answer), the upload checks
 * refuse what they refuse on disk, convert-to-draft reads a DOCX from the bucket, and a backup
 * and restore round-trips the bucket's objects.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { backup, restore } from '@/backup/snapshot'
import { dropDatabase, parseDatabaseUri } from '@/lib/database'
import { ORPHAN_AFTER_MS, sweepOrphanFiles } from '@/lib/storage/sweep'
import type { Submission } from '@/payload-types'

import { erroredFields } from '../helpers/api'
import { siblingDatabaseUri } from '../helpers/databases'
import {
  docxBytes,
  pdfBytes,
  pngBytes,
  submissionFields,
  uploadForm as form,
} from '../helpers/files'
import { createMedia, createSubmission, type World } from '../helpers/fixtures'
import { startObjectStore, type ObjectStore } from '../helpers/objectStore'
import { acceptAndConvert } from '../helpers/submissions'
import type { TestApp } from '../helpers/testApp'
import { startWorld } from '../helpers/world'

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

let store: ObjectStore
let app: TestApp
let payload: Payload
let world: World
beforeAll(async () => {
  store = await startObjectStore(path.join(process.env.TEST_TEMP_DIR!, 'object-store'))
  // Before the config loads: payload.config.ts reads the S3_* variables once.
  Object.assign(process.env, store.env)
  ;({ app, payload, world } = await startWorld())
})
afterAll(async () => {
  await app?.close()
  await store?.close()
  for (const name of Object.keys(store?.env ?? {})) delete process.env[name]
})

const filesOnDisk = () =>
  fs.existsSync(app.uploadDir)
    ? fs
        .readdirSync(app.uploadDir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
    : []

const sha = (bytes: ArrayBuffer | Buffer) =>
  crypto
    .createHash('sha256')
    .update(Buffer.from(bytes as ArrayBuffer))
    .digest('hex')

async function objectBytes(key: string): Promise<Buffer> {
  const { S3 } = await import('@aws-sdk/client-s3')
  const object = await new S3(store.settings.client).getObject({
    Bucket: store.settings.bucket,
    Key: key,
  })
  return Buffer.from(await object.Body!.transformToByteArray())
}

/** Wide enough for the thumbnail size (480 px) to be made too. */
const widePng = () =>
  sharp({ create: { width: 600, height: 400, channels: 3, background: '#336699' } })
    .png()
    .toBuffer()

const submit = (bytes: Buffer, name: string, type: string, fields = {}) =>
  world.api.post('/api/submissions', {
    form: form(submissionFields({ title: 'Corridors', ...fields }), bytes, name, type),
  })

/** No answer may reveal where the bucket is: a reader could fetch from it directly. */
function expectNoBucketAddress(answer: unknown) {
  const text = JSON.stringify(answer)
  expect(text).not.toContain(store.env.S3_ENDPOINT)
  expect(text).not.toContain(`/${store.env.S3_BUCKET}/`)
  expect(text).not.toMatch(/X-Amz-Signature|amazonaws/i)
}

describe('media in the bucket', () => {
  it('stores an uploaded image (re-encoded) in the bucket, not on disk, served by /api/media/file', async () => {
    const response = await world.api.post('/api/media', {
      token: world.tokens.intern,
      form: form({ alt: 'A field' }, await widePng(), 'field.png', 'image/png'),
    })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    const doc = response.body.doc
    expect(doc.mimeType).toBe('image/webp')
    expect(doc.url).toBe(`/api/media/file/${doc.filename}`)
    expect(doc.sizes.thumbnail.url).toBe(`/api/media/file/${doc.sizes.thumbnail.filename}`)
    expectNoBucketAddress(response.body)
    expect(await store.keys()).toEqual(
      expect.arrayContaining([`media/${doc.filename}`, `media/${doc.sizes.thumbnail.filename}`]),
    )
    expect(filesOnDisk()).toEqual([])

    const file = await fetch(`${app.baseURL}${doc.url}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('image/webp')
    const stored = await objectBytes(`media/${doc.filename}`)
    expect(stored.subarray(8, 12).toString('latin1')).toBe('WEBP')
    expect(sha(await file.arrayBuffer())).toBe(sha(stored))
    expectNoBucketAddress((await world.api.get(`/api/media/${doc.id}`)).body)
  })

  it('refuses a non-image and SVG (400 naming the file), leaving nothing in the bucket', async () => {
    const before = await store.keys()
    const pdf = await world.api.post('/api/media', {
      token: world.tokens.editor,
      form: form({ alt: 'x' }, pdfBytes(), 'doc.pdf', 'application/pdf'),
    })
    expect(pdf.status).toBe(400)
    expect(erroredFields(pdf.body)).toContain('file')
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>')
    const refused = await world.api.post('/api/media', {
      token: world.tokens.editor,
      form: form({ alt: 'x' }, svg, 'x.svg', 'image/svg+xml'),
    })
    expect(refused.status).toBe(400)
    expect(await store.keys()).toEqual(before)
  })
})

describe('manuscripts in the bucket', () => {
  let doc: Submission
  beforeAll(async () => {
    // A submitter trying to choose the object's folder is ignored.
    const response = await submit(pdfBytes(), 'manuscript.pdf', 'application/pdf', {
      prefix: 'public',
    })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    doc = response.body.doc
    expectNoBucketAddress(response.body)
  })

  it('lands in the bucket under submissions/, not on disk', async () => {
    expect(await store.keys()).toContain(`submissions/${doc.filename}`)
    expect(filesOnDisk()).toEqual([])
  })

  it('is served to an editor through /api/submissions/file, refused to anonymous and interns', async () => {
    const url = `/api/submissions/file/${encodeURIComponent(doc.filename!)}`
    const editor = await fetch(`${app.baseURL}${url}`, {
      headers: { authorization: `JWT ${world.tokens.editor}` },
    })
    expect(editor.status).toBe(200)
    expect(sha(await editor.arrayBuffer())).toBe(sha(pdfBytes()))
    for (const token of [undefined, world.tokens.intern]) {
      const refused = await fetch(`${app.baseURL}${url}`, {
        headers: token ? { authorization: `JWT ${token}` } : {},
        redirect: 'manual',
      })
      expect([403, 404]).toContain(refused.status)
      expect(refused.headers.get('location')).toBeNull()
    }
    const read = await world.api.get(`/api/submissions/${doc.id}`, { token: world.tokens.editor })
    expect(read.body.url).toBe(url.replace(encodeURIComponent(doc.filename!), doc.filename!))
    expectNoBucketAddress(read.body)
  })

  it('cannot be reached through the public media route, whatever prefix a reader names', async () => {
    const name = encodeURIComponent(doc.filename!)
    for (const query of ['', '?prefix=submissions', '?prefix=..%2Fsubmissions']) {
      const response = await fetch(`${app.baseURL}/api/media/file/${name}${query}`)
      expect([403, 404], query).toContain(response.status)
      expect(sha(await response.arrayBuffer())).not.toBe(sha(pdfBytes()))
    }
  })

  it('refuses active content, a wrong type and an oversize file as on disk, storing nothing', async () => {
    const before = await store.keys()
    const count = (await payload.count({ collection: 'submissions' })).totalDocs
    const script = await submit(
      pdfBytes({ objects: ['<</S/JavaScript/JS(app.alert(1))>>'], trailer: '/OpenAction 4 0 R' }),
      'script.pdf',
      'application/pdf',
    )
    expect(script.status).toBe(400)
    expect(erroredFields(script.body)).toContain('file')
    const image = await submit(await pngBytes(), 'photo.png', 'image/png')
    expect(image.status).toBe(400)
    expect(erroredFields(image.body)).toContain('file')
    const huge = await submit(
      Buffer.concat([pdfBytes(), Buffer.alloc(10 * 1024 * 1024)]),
      'huge.pdf',
      'application/pdf',
    )
    expect(huge.status).toBe(413)
    expect(await store.keys()).toEqual(before)
    expect((await payload.count({ collection: 'submissions' })).totalDocs).toBe(count)
  })

  it('counts the words of a DOCX and converts it to a draft, reading it from the bucket', async () => {
    const response = await submit(await docxBytes(), 'essay.docx', DOCX)
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    const docx = response.body.doc as Submission
    expect(docx.wordCount).toBe(21)
    expect(await store.keys()).toContain(`submissions/${docx.filename}`)
    const article = await acceptAndConvert(world, payload, docx.id)
    const nodes = (article.body as { root: { children: { type: string }[] } }).root.children
    expect(nodes.map((node) => node.type)).toContain('heading')
  })
})

// MongoDB is backed up with mongodump (README), not `npm run backup`.
const isMongo = () => parseDatabaseUri(process.env.DATABASE_URI).engine === 'mongodb'

/** The content type each image is served with through /api/media/file/. */
const servedTypes = async (keys: string[]) =>
  Promise.all(
    keys
      .filter((key) => key.startsWith('media/'))
      .map(async (key) => {
        const served = await fetch(`${app.baseURL}/api/media/file/${key.slice('media/'.length)}`)
        expect(served.status).toBe(200)
        return served.headers.get('content-type')
      }),
  )

it.skipIf(isMongo())('backs up the bucket and restores it exactly', async () => {
  const keys = await store.keys()
  expect(keys.some((key) => key.startsWith('media/'))).toBe(true)
  expect(keys.some((key) => key.startsWith('submissions/'))).toBe(true)
  const hashes = Object.fromEntries(
    await Promise.all(keys.map(async (key) => [key, sha(await objectBytes(key))])),
  )
  const typesBefore = await servedTypes(keys)
  const databaseUri = process.env.DATABASE_URI!
  const target = path.join(app.tempDir, 'snapshot')
  const files = { uploadDir: app.uploadDir, bucket: store.settings }
  const manifest = await backup({ ...files, databaseUri, target })
  expect(manifest.files).toEqual(hashes)

  // The bucket changes after the snapshot: one object lost, one added.
  const { S3 } = await import('@aws-sdk/client-s3')
  const s3 = new S3(store.settings.client)
  await s3.deleteObject({ Bucket: store.settings.bucket, Key: keys[0] })
  await s3.putObject({ Bucket: store.settings.bucket, Key: 'media/stray.webp', Body: 'x' })

  const restoredUri = siblingDatabaseUri(databaseUri, 'restored')
  try {
    await restore({ ...files, databaseUri: restoredUri, source: target })
  } finally {
    await dropDatabase(restoredUri)
  }
  expect(await store.keys()).toEqual(keys)
  for (const key of keys) expect(sha(await objectBytes(key))).toBe(hashes[key])
  // Each object comes back with its content type: Payload's file route answers with it.
  expect(await servedTypes(keys)).toEqual(typesBefore)
  s3.destroy()
})

it('sweeps objects no record holds once they are an hour old, keeping every held one', async () => {
  const { S3 } = await import('@aws-sdk/client-s3')
  const s3 = new S3(store.settings.client)
  const media = await createMedia(payload)
  const submission = await createSubmission(payload)
  const orphans = ['media/orphan-0a1b2c3d.png', 'submissions/orphan-0a1b2c3d.pdf']
  for (const key of orphans)
    await s3.putObject({ Bucket: store.settings.bucket, Key: key, Body: pdfBytes() })
  const held = (await store.keys()).filter((key) => !orphans.includes(key))
  expect(held).toContain(`media/${media.filename}`)
  expect(held).toContain(`submissions/${submission.filename}`)

  // Young files may belong to an upload whose record is on its way: left alone.
  expect(await sweepOrphanFiles(payload)).toEqual([])
  expect(await store.keys()).toEqual([...held, ...orphans].sort())
  // An hour on, the orphans go and everything a record holds (image sizes too) stays.
  const later = Date.now() + ORPHAN_AFTER_MS + 60_000
  expect((await sweepOrphanFiles(payload, later)).sort()).toEqual(orphans)
  expect(await store.keys()).toEqual(held)
  s3.destroy()
})

// Last: it stops the store. A store that is down is the server's failure (5xx), not the sender's.
it('answers an upload the store cannot take with an error, keeping no record of it', async () => {
  const count = (await payload.count({ collection: 'submissions' })).totalDocs
  await store.close()
  const response = await submit(pdfBytes(), 'unstored.pdf', 'application/pdf')
  expect(response.status).toBeGreaterThanOrEqual(500)
  expect((await payload.count({ collection: 'submissions' })).totalDocs).toBe(count)
})
