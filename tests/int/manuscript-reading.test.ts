/**
 * Reading a submission in the admin: the DOCX manuscript as safe HTML with its word count and the
 * guidelines from Site settings, a PDF served inline to editors only. Through the real REST API;
 * the sanitiser also on its own against hostile HTML.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import JSZip from 'jszip'

import { MANUSCRIPT_FORMATS } from '@/lib/manuscripts/formats'
import { lengthVerdict } from '@/lib/manuscripts/guidelines'
import { readableManuscript } from '@/lib/manuscripts/readable'
import { safeHtml } from '@/lib/manuscripts/safeHtml'
import type { Submission } from '@/payload-types'

import { docxBytes, pdfBytes } from '../helpers/files'
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

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const read = (id: Submission['id'], as: Asker = 'editor') =>
  world.api.get(`/api/submissions/${id}/manuscript`, { token: world.tokens[as] })

/** A Word file whose author tried markup: a script typed as text and a javascript: link. */
async function hostileDocx(): Promise<Buffer> {
  const { Document, ExternalHyperlink, Packer, Paragraph, TextRun } = await import('docx')
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph('<script>alert("typed")</script> Caspian shipping lanes.'),
          new Paragraph({
            children: [
              new ExternalHyperlink({
                link: 'javascript:alert(1)',
                children: [new TextRun('a harmless-looking link')],
              }),
            ],
          }),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}

describe('the manuscript panel', () => {
  it('shows a DOCX as text with its word count and the guidelines it should meet', async () => {
    const doc = await submitManuscript(world, {
      bytes: await docxBytes({ paragraphs: 100 }),
      name: 'long.docx',
      type: DOCX,
    })
    const response = await read(doc.id)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.body.format).toBe('docx')
    expect(response.body.html).toContain('Energy corridors after 2025')
    expect(response.body.html).toContain('<strong>strategic</strong>')
    expect(response.body.html).toMatch(/<li>First risk: transit fees<\/li>/)
    expect(response.body.html).toContain('href="https://example.org/report"')
    expect(response.body.wordCount).toBe(100 * 12 + 21)
    expect(response.body.guidelines).toMatchObject({ minWords: 1000, maxWords: 2000 })
    expect(response.body.guidelines.summary).toContain('Chicago author-date')
    expect(response.body.verdict).toBe('within')
    expect(response.body.pdf).toBeNull()
  })

  it('lets no script, handler or javascript: link through from a DOCX', async () => {
    const doc = await submitManuscript(world, {
      bytes: await hostileDocx(),
      name: 'hostile.docx',
      type: DOCX,
    })
    const { body } = await read(doc.id)
    expect(body.html).toContain('Caspian shipping lanes.')
    expect(body.html).toContain('&lt;script&gt;')
    expect(body.html).not.toMatch(/<script/i)
    expect(body.html).not.toContain('javascript:')
    expect(body.html).toContain('a harmless-looking link')
    expect(body.verdict).toBe('short')
  })

  it('reads the length from Site settings', async () => {
    const changed = await world.api.post('/api/globals/site-settings', {
      token: world.tokens.editor,
      json: { manuscriptGuidelines: { minWords: 100, maxWords: 400 } },
    })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    try {
      const doc = await submitManuscript(world, {
        bytes: await docxBytes({ paragraphs: 40 }),
        name: 'mid.docx',
        type: DOCX,
      })
      const { body } = await read(doc.id)
      expect(body.guidelines).toMatchObject({ minWords: 100, maxWords: 400 })
      expect(body.verdict).toBe('long')
    } finally {
      await world.api.post('/api/globals/site-settings', {
        token: world.tokens.editor,
        json: { manuscriptGuidelines: { minWords: 1000, maxWords: 2000 } },
      })
    }
  })

  it('refuses a range whose most is below its fewest, naming the field', async () => {
    const response = await world.api.post('/api/globals/site-settings', {
      token: world.tokens.editor,
      json: { manuscriptGuidelines: { minWords: 2000, maxWords: 1000 } },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('manuscriptGuidelines.maxWords')
  })

  it('serves a PDF inline, to editors only', async () => {
    const doc = await submitManuscript(world, {
      bytes: pdfBytes(),
      name: 'inline.pdf',
      type: 'application/pdf',
    })
    const { body } = await read(doc.id)
    expect(body).toMatchObject({ format: 'pdf', html: null, verdict: 'uncounted' })
    expect(body.pdf).toBe(`/api/submissions/${doc.id}/manuscript/file`)
    const file = await fetch(`${app.baseURL}${body.pdf}`, {
      headers: { authorization: `JWT ${world.tokens.editor}` },
    })
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('application/pdf')
    expect(file.headers.get('content-disposition')).toMatch(/^inline/)
    expect(file.headers.get('cache-control')).toContain('no-store')
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')

    expect((await read(doc.id, 'intern')).status).toBe(403)
    expect((await read(doc.id, 'anonymous')).status).toBe(401)
    const anonymous = await fetch(`${app.baseURL}${body.pdf}`)
    expect(anonymous.status).toBe(401)
    const stored = await payload.findByID({ collection: 'submissions', id: doc.id })
    expect(stored.filename).toBeTruthy()
  })
})

describe('the sanitiser and the verdict', () => {
  it('keeps the text structure and drops everything that runs or loads', async () => {
    const html = await safeHtml(
      '<h2 onclick="x()">Title</h2><p style="color:red">One <em>two</em></p>' +
        '<script>alert(1)</script><style>p{}</style><img src="https://evil.example/x.png" onerror="x()">' +
        '<iframe src="https://evil.example"></iframe><svg><script>alert(2)</script></svg>' +
        '<a href=" JAVASCRIPT:alert(3)">bad</a><a href="https://example.org">good</a>' +
        '<div><form action="https://evil.example"><input name="q"></form>kept</div><!-- note -->',
    )
    expect(html).toBe(
      '<h2>Title</h2><p>One <em>two</em></p><a>bad</a>' +
        '<a href="https://example.org" rel="noopener noreferrer nofollow" target="_blank">good</a>kept',
    )
  })

  it('reads an ODT paragraph by paragraph, its markup gone and its entities kept escaped', async () => {
    const zip = new JSZip()
    zip.file('mimetype', MANUSCRIPT_FORMATS.odt)
    zip.file(
      'content.xml',
      '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>' +
        '<text:h text:outline-level="1">Ports &amp; pipelines</text:h>' +
        '<text:p>Baku<text:s/>and &lt;script&gt;alert(1)&lt;/script&gt; <text:span>Poti</text:span>.</text:p>' +
        '</office:text></office:body></office:document-content>',
    )
    const odt = await zip.generateAsync({ type: 'nodebuffer' })
    expect(await readableManuscript(odt, MANUSCRIPT_FORMATS.odt)).toEqual({
      format: 'odt',
      html: '<p>Ports &amp; pipelines</p><p>Baku and &lt;script&gt;alert(1)&lt;/script&gt; Poti.</p>',
    })
  })

  it('tells short, within, long and uncounted apart at the edges', () => {
    const range = { minWords: 1000, maxWords: 2000 }
    expect(lengthVerdict(999, range)).toBe('short')
    expect(lengthVerdict(1000, range)).toBe('within')
    expect(lengthVerdict(2000, range)).toBe('within')
    expect(lengthVerdict(2001, range)).toBe('long')
    expect(lengthVerdict(null, range)).toBe('uncounted')
  })
})
