/**
 * Upload rules: allowed types only, oversize refused whole with 413, no paste-from-URL, and
 * manuscripts served only to editors and admins. After every refusal, nothing is left behind.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ORPHAN_AFTER_MS, sweepOrphanFiles } from '@/lib/storage/sweep'

import { erroredFields } from '../helpers/api'
import { pdfBytes, pngBytes, submissionFields, uploadForm } from '../helpers/files'
import { createMedia, type World } from '../helpers/fixtures'
import { startWorld } from '../helpers/world'
import type { TestApp } from '../helpers/testApp'

let app: TestApp
let payload: Payload
let world: World
beforeAll(async () => ({ app, payload, world } = await startWorld()))
afterAll(() => app?.close())

const MAX_BYTES = 10 * 1024 * 1024

const filesIn = (collection: 'media' | 'submissions') => {
  const dir = path.join(app.uploadDir, collection)
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []
}

/** Sends a refused upload and proves it left no record and no file. */
async function expectRefusedWithoutTrace(
  collection: 'media' | 'submissions',
  send: () => Promise<{ status: number; body: any }>,
  expectedStatus: number,
) {
  const countBefore = (await payload.count({ collection })).totalDocs
  const filesBefore = filesIn(collection)
  const response = await send()
  expect(response.status).toBe(expectedStatus)
  expect((await payload.count({ collection })).totalDocs).toBe(countBefore)
  expect(filesIn(collection)).toEqual(filesBefore)
  return response
}

describe('media', () => {
  it('accepts an image from staff and stores it outside any public folder', async () => {
    const response = await world.api.post('/api/media', {
      token: world.tokens.intern,
      form: uploadForm({ alt: 'A square' }, await pngBytes(), 'square.png', 'image/png'),
    })
    expect(response.status).toBe(201)
    expect(filesIn('media')).toContain(response.body.doc.filename)
    expect(app.uploadDir.startsWith(app.tempDir)).toBe(true)
  })

  it('refuses a non-image (400 naming the file), and SVG', async () => {
    const pdf = await expectRefusedWithoutTrace(
      'media',
      () =>
        world.api.post('/api/media', {
          token: world.tokens.editor,
          form: uploadForm({ alt: 'x' }, pdfBytes(), 'doc.pdf', 'application/pdf'),
        }),
      400,
    )
    expect(erroredFields(pdf.body)).toContain('file')
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    )
    await expectRefusedWithoutTrace(
      'media',
      () =>
        world.api.post('/api/media', {
          token: world.tokens.editor,
          form: uploadForm({ alt: 'x' }, svg, 'x.svg', 'image/svg+xml'),
        }),
      400,
    )
  })

  it('requires alt text (400 naming alt)', async () => {
    const response = await expectRefusedWithoutTrace(
      'media',
      async () =>
        world.api.post('/api/media', {
          token: world.tokens.editor,
          form: uploadForm({}, await pngBytes(), 'x.png', 'image/png'),
        }),
      400,
    )
    expect(erroredFields(response.body)).toEqual(['alt'])
  })

  it('has paste-from-URL switched off', async () => {
    const response = await world.api.get('/api/media/paste-url?src=https://example.org/a.png', {
      token: world.tokens.editor,
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/not enabled/i)
  })
})

describe('submissions', () => {
  it('refuses a file one byte over the limit with 413, storing nothing', async () => {
    const big = Buffer.concat([pdfBytes(), Buffer.alloc(MAX_BYTES + 1 - pdfBytes().length, 0x20)])
    expect(big.length).toBe(MAX_BYTES + 1)
    await expectRefusedWithoutTrace(
      'submissions',
      () =>
        world.api.post('/api/submissions', {
          form: uploadForm(submissionFields(), big, 'big.pdf', 'application/pdf'),
        }),
      413,
    )
  })

  it('refuses an executable renamed .docx, storing nothing', async () => {
    const elf = Buffer.concat([
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]),
      Buffer.alloc(4096, 1),
    ])
    const response = await expectRefusedWithoutTrace(
      'submissions',
      () =>
        world.api.post('/api/submissions', {
          form: uploadForm(
            submissionFields(),
            elf,
            'article.docx',
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          ),
        }),
      400,
    )
    expect(erroredFields(response.body)).toContain('file')
  })

  it('refuses a zero-byte file and a PDF with a broken header, storing nothing', async () => {
    for (const [bytes, name] of [
      [Buffer.alloc(0), 'empty.pdf'],
      [Buffer.concat([Buffer.from('%PDX-1.4'), pdfBytes().subarray(8)]), 'broken.pdf'],
    ] as const) {
      await expectRefusedWithoutTrace(
        'submissions',
        () =>
          world.api.post('/api/submissions', {
            form: uploadForm(submissionFields(), bytes, name, 'application/pdf'),
          }),
        400,
      )
    }
  })

  it('refuses a submission with a missing required field, storing neither record nor file', async () => {
    const { bio: _bio, ...withoutBio } = submissionFields()
    const response = await expectRefusedWithoutTrace(
      'submissions',
      () =>
        world.api.post('/api/submissions', {
          form: uploadForm(withoutBio, pdfBytes(), 'm.pdf', 'application/pdf'),
        }),
      400,
    )
    expect(erroredFields(response.body)).toEqual(['bio'])
  })

  it('never lets a path-traversal file name leave the upload folder', async () => {
    const outside = path.join(app.uploadDir, 'escaped.pdf')
    const response = await world.api.post('/api/submissions', {
      form: uploadForm(submissionFields(), pdfBytes(), '../escaped.pdf', 'application/pdf'),
    })
    // Payload keeps only the base name of an upload (the public form refuses such a name outright),
    // with a random part of our own (src/hooks/uniqueFileName.ts).
    expect(response.status).toBe(201)
    expect(response.body.doc.filename).toMatch(/^escaped-[0-9a-f]{8}\.pdf$/)
    expect(fs.existsSync(outside)).toBe(false)
    expect(filesIn('submissions')).toContain(response.body.doc.filename)
  })

  it('refuses a submission without consent (400 naming consent)', async () => {
    const response = await expectRefusedWithoutTrace(
      'submissions',
      () =>
        world.api.post('/api/submissions', {
          form: uploadForm(
            { ...submissionFields(), consent: false },
            pdfBytes(),
            'm.pdf',
            'application/pdf',
          ),
        }),
      400,
    )
    expect(erroredFields(response.body)).toEqual(['consent'])
  })

  it('serves the manuscript file only to editors and admins', async () => {
    const url = `/api/submissions/file/${encodeURIComponent(world.submission.filename!)}`
    for (const role of ['anonymous', 'intern'] as const) {
      const response = await world.api.get(url, { token: world.tokens[role] })
      expect([401, 403], role).toContain(response.status)
    }
    for (const role of ['editor', 'admin'] as const) {
      const response = await world.api.get(url, { token: world.tokens[role] })
      expect(response.status, role).toBe(200)
      expect(String(response.body).startsWith('%PDF-')).toBe(true)
    }
    // A guessed name answers the same refusal as a real one: no way to probe for files.
    const guessed = await world.api.get('/api/submissions/file/guess.pdf')
    expect([401, 403]).toContain(guessed.status)
  })
})

describe('submission e-mails', () => {
  it('confirm to the author with the reference, and tell every editor with a link', async () => {
    const { readOutbox } = await import('@/lib/email')
    const before = readOutbox(process.env.MAIL_OUTBOX!).length
    const email = `author-${Date.now()}@example.org`
    const response = await world.api.post('/api/submissions', {
      form: uploadForm({ ...submissionFields(), email }, pdfBytes(), 'm.pdf', 'application/pdf'),
    })
    expect(response.status).toBe(201)
    const reference = (
      await payload.findByID({ collection: 'submissions', id: response.body.doc.id })
    ).reference!
    const mails = readOutbox(process.env.MAIL_OUTBOX!).slice(before)
    const confirmation = mails.find((mail) => mail.to === email)
    expect(confirmation?.subject).toContain(reference)
    expect(confirmation?.text).toContain(reference)
    const notice = mails.find((mail) => mail.subject.startsWith(`New submission ${reference}`))
    expect(notice?.to).toContain(world.users.editor.email)
    expect(notice?.to).not.toContain(world.users.intern.email)
    expect(notice?.text).toContain(`/admin/collections/submissions/${response.body.doc.id}`)
  })
})

it('sweeps files on disk that no record holds once they are an hour old', async () => {
  const media = await createMedia(payload)
  const orphan = path.join(app.uploadDir, 'submissions', 'orphan-0a1b2c3d.pdf')
  fs.mkdirSync(path.dirname(orphan), { recursive: true })
  fs.writeFileSync(orphan, pdfBytes())
  const mediaBefore = filesIn('media')
  expect(mediaBefore).toContain(media.filename)

  expect(await sweepOrphanFiles(payload)).toEqual([])
  expect(fs.existsSync(orphan)).toBe(true)
  const later = Date.now() + ORPHAN_AFTER_MS + 60_000
  expect(await sweepOrphanFiles(payload, later)).toEqual(['submissions/orphan-0a1b2c3d.pdf'])
  expect(fs.existsSync(orphan)).toBe(false)
  expect(filesIn('media')).toEqual(mediaBefore)
})
