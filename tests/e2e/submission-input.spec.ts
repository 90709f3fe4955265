/**
 * The public submission form's endpoint (POST /submissions) against bad input, over real HTTP:
 * every refusal names the field (400, or 413 for size) and leaves no record and no file behind.
 */
import fs from 'node:fs'
import path from 'node:path'

import { expect, test, type APIRequestContext } from '@playwright/test'

import { docxBytes, pdfBytes } from '../helpers/files'
import { editorToken } from './content'
import { readState } from './helpers'

const MAX_BYTES = 10 * 1024 * 1024

type Upload = { name: string; mimeType: string; buffer: Buffer }

const validFields = {
  locale: 'en',
  name: 'Farid Mammadov',
  email: 'farid@example.org',
  affiliation: 'ADA University',
  bio: 'Farid writes on regional trade.',
  kind: 'analysis',
  title: 'Trade routes',
  abstract: 'What the corridor changes.',
  language: 'en',
  consent: 'on',
}

const pdf = (): Upload => ({
  name: 'manuscript.pdf',
  mimeType: 'application/pdf',
  buffer: pdfBytes(),
})

const submissionFiles = () => {
  const dir = path.join(readState().tempDir, 'uploads', 'submissions')
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []
}

async function submissionCount(request: APIRequestContext, token: string): Promise<number> {
  const response = await request.get('/api/submissions?limit=1&depth=0', {
    headers: { Authorization: `JWT ${token}` },
  })
  return ((await response.json()) as { totalDocs: number }).totalDocs
}

let sender = 0
/** Posts the form as a browser with JavaScript would (asking for JSON), from its own address. */
const post = (request: APIRequestContext, fields: Record<string, string>, file?: Upload) =>
  request.post('/submissions', {
    headers: { accept: 'application/json', 'x-forwarded-for': `198.51.100.${++sender}` },
    multipart: file ? { ...fields, file } : fields,
  })

const without = (name: keyof typeof validFields) =>
  Object.fromEntries(Object.entries(validFields).filter(([key]) => key !== name))

const cases: {
  name: string
  fields: Record<string, string>
  file?: () => Upload | Promise<Upload>
  status: number
  field: string
}[] = [
  ...(['name', 'bio', 'title', 'abstract', 'kind', 'language'] as const).map((field) => ({
    name: `missing ${field}`,
    fields: without(field),
    file: pdf,
    status: 400,
    field,
  })),
  { name: 'missing e-mail', fields: without('email'), file: pdf, status: 400, field: 'email' },
  {
    name: 'a bad e-mail',
    fields: { ...validFields, email: 'farid@' },
    file: pdf,
    status: 400,
    field: 'email',
  },
  { name: 'no consent', fields: without('consent'), file: pdf, status: 400, field: 'consent' },
  { name: 'no file', fields: validFields, status: 400, field: 'file' },
  {
    name: 'an executable renamed .docx',
    fields: validFields,
    file: () => ({
      name: 'essay.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.concat([
        Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]),
        Buffer.alloc(4096, 1),
      ]),
    }),
    status: 400,
    field: 'file',
  },
  {
    name: 'a zero-byte file',
    fields: validFields,
    file: () => ({ ...pdf(), buffer: Buffer.alloc(0) }),
    status: 400,
    field: 'file',
  },
  {
    name: 'a PDF with a broken header',
    fields: validFields,
    file: () => ({
      ...pdf(),
      buffer: Buffer.concat([Buffer.from('%PFD-1.4\n'), pdfBytes().subarray(9)]),
    }),
    status: 400,
    field: 'file',
  },
  {
    name: 'a file one byte over 10 MB',
    fields: validFields,
    file: () => ({
      ...pdf(),
      buffer: Buffer.concat([pdfBytes(), Buffer.alloc(MAX_BYTES + 1 - pdfBytes().length, 0x20)]),
    }),
    status: 413,
    field: 'file',
  },
  {
    name: 'a path-traversal file name',
    fields: validFields,
    file: () => ({ ...pdf(), name: '../../etc/passwd.pdf' }),
    status: 400,
    field: 'file',
  },
  {
    name: 'a Windows path file name',
    fields: validFields,
    file: () => ({ ...pdf(), name: '..\\..\\evil.pdf' }),
    status: 400,
    field: 'file',
  },
]

test.describe('the submission form refuses bad input without a trace', () => {
  // The suite runs at two widths; this is about the endpoint, so once is enough.
  test.skip(({ viewport }) => (viewport?.width ?? 0) < 600, 'an endpoint test, not a layout one')

  for (const badCase of cases) {
    test(badCase.name, async ({ request }) => {
      const token = await editorToken(request)
      const countBefore = await submissionCount(request, token)
      const filesBefore = submissionFiles()
      const response = await post(request, badCase.fields, await badCase.file?.())
      expect(response.status()).toBe(badCase.status)
      const body = (await response.json()) as { errors: Record<string, string> }
      expect(Object.keys(body.errors)).toEqual([badCase.field])
      expect(body.errors[badCase.field].length).toBeGreaterThan(10)
      expect(await submissionCount(request, token)).toBe(countBefore)
      expect(submissionFiles()).toEqual(filesBefore)
    })
  }

  test('a well-formed DOCX is taken (the cases above fail for their own reason only)', async ({
    request,
  }) => {
    const response = await post(request, validFields, {
      name: 'essay.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await docxBytes(),
    })
    expect(response.status()).toBe(201)
    expect(((await response.json()) as { reference: string }).reference).toMatch(/^TT-\d{4}-\d{4}$/)
  })
})
