/**
 * Manuscripts with active content, built byte by byte here: PDFs whose scripts hide behind name
 * escapes or inside compressed object streams, PDFs that cannot be checked (encrypted, unknown
 * filters, zip bombs), and OpenDocument texts with macros, script events and embedded objects.
 * The check itself is a pure function; the last tests post through the real upload path.
 */
import fs from 'node:fs'
import path from 'node:path'
import { buffer } from 'node:stream/consumers'
import { createDeflate, deflateRawSync, deflateSync } from 'node:zlib'

import JSZip from 'jszip'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { findActiveContent } from '@/lib/manuscripts/activeContent'
import { MANUSCRIPT_FORMATS } from '@/lib/manuscripts/formats'

import { pdfBytes, submissionFields, uploadForm } from '../helpers/files'
import { uniqueEmail, type World } from '../helpers/fixtures'
import type { TestApp } from '../helpers/testApp'
import { startWorld } from '../helpers/world'

const MiB = 1024 * 1024

/** A stream object: the dictionary's entries and /Length, then the data. */
const streamObject = (entries: string, data: Buffer) =>
  `<<${entries}/Length ${data.length}>>stream\n${data.toString('latin1')}\nendstream`

/** An object stream holding `objects` (numbered from 10): Flate-compressed, unless told otherwise. */
function objectStream(
  objects: string[],
  {
    type = '/Type/ObjStm',
    filter = '/Filter/FlateDecode',
    encode = (data: Buffer): Buffer => deflateSync(data),
  } = {},
) {
  let offsets = ''
  let body = ''
  for (const [index, object] of objects.entries()) {
    offsets += `${10 + index} ${body.length} `
    body += `${object}\n`
  }
  return streamObject(
    `${type}/N ${objects.length}/First ${offsets.length}${filter}`,
    encode(Buffer.from(offsets + body, 'latin1')),
  )
}

/** `size` zero bytes, deflated as they stream, so building the bomb does not take the memory it would. */
async function deflatedZeros(size: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 })
  const compressed = buffer(deflate)
  const chunk = Buffer.alloc(MiB)
  for (let written = 0; written < size; written += chunk.length) {
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve))
  }
  deflate.end()
  return compressed
}

/** How much the process's peak memory grew while `run` ran. */
async function peakGrowth(run: () => Promise<unknown>): Promise<number> {
  const before = process.resourceUsage().maxRSS * 1024
  await run()
  return process.resourceUsage().maxRSS * 1024 - before
}

const checkPdf = (bytes: Buffer) => findActiveContent(bytes, MANUSCRIPT_FORMATS.pdf)
const withObjects = (...objects: string[]) => pdfBytes({ objects })

const ACTIVE = /contains scripts or embedded files/
const UNCHECKABLE = /cannot be checked/

describe('PDF manuscripts', () => {
  it('accepts a plain PDF, also one with compressed objects and image bytes that happen to spell /JS', async () => {
    expect(await checkPdf(pdfBytes())).toBeUndefined()
    const image = streamObject(
      '/Type/XObject/Subtype/Image/Width 2/Height 2/ColorSpace/DeviceGray/BitsPerComponent 8',
      Buffer.from('/JS '),
    )
    const fonts = objectStream([
      '<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>',
      '<</Type/Font/Subtype/Type1/BaseFont/Times-Roman>>',
    ])
    expect(await checkPdf(withObjects(image, fonts))).toBeUndefined()
  })

  const scripts: [string, Buffer][] = [
    ['names written with #xx escapes', withObjects('<</S/J#61vaScript/J#53(app.alert\\(1\\))>>')],
    [
      'a script in a Flate-compressed object stream',
      withObjects(objectStream(['<</Type/Font>>', '<</S/JavaScript/JS(app.alert(1))>>'])),
    ],
    [
      'a script in an object stream that leaves out /Type',
      withObjects(objectStream(['<</S/JavaScript/JS(1)>>'], { type: '' })),
    ],
    [
      'a launch action in raw deflate data',
      withObjects(objectStream(['<</S/Launch/F(cmd.exe)>>'], { encode: deflateRawSync })),
    ],
    [
      'an embedded file whose stream does not say so',
      withObjects(
        '<</Type/Filespec/F(a.exe)/EF<</F 5 0 R>>>>',
        streamObject('', Buffer.from('MZ')),
      ),
    ],
    [
      'a script after a string that says "stream"',
      withObjects('<</Title(>>stream\n)>>', '<</S/JavaScript/JS(1)>>', '<</Subject(endstream)>>'),
    ],
    [
      'a script after a string left open',
      withObjects('<</Title(never closed>>', '<</S/JavaScript/JS(1)>>'),
    ],
  ]
  for (const [label, bytes] of scripts) {
    it(`refuses ${label}`, async () => {
      expect(await checkPdf(bytes)).toMatch(ACTIVE)
    })
  }

  it('refuses an encrypted PDF, which cannot be read to be checked', async () => {
    const encrypted = pdfBytes({
      objects: ['<</Filter/Standard/V 2/R 3/Length 128/P -4/O<00>/U<00>>>'],
      trailer: '/Encrypt 4 0 R',
    })
    expect(await checkPdf(encrypted)).toMatch(/encrypted or password-protected/)
  })

  it('refuses an object stream in a filter it cannot decode, and nesting too deep to read', async () => {
    const lzw = objectStream(['<</S/JavaScript/JS(1)>>'], {
      filter: '/Filter/LZWDecode',
      encode: (data) => data,
    })
    expect(await checkPdf(withObjects(lzw))).toMatch(UNCHECKABLE)
    const chained = objectStream(['<</Type/Font>>'], {
      filter: '/Filter[/ASCII85Decode/FlateDecode]',
    })
    expect(await checkPdf(withObjects(chained))).toMatch(UNCHECKABLE)
    expect(await checkPdf(withObjects(`<</Kids${'['.repeat(100_000)}>>`))).toMatch(UNCHECKABLE)
  })

  it('refuses a zip bomb in an object stream without inflating it, and many streams that add up to one', async () => {
    const bombPdf = withObjects(
      streamObject('/Type/ObjStm/N 1/First 0/Filter/FlateDecode', await deflatedZeros(256 * MiB)),
    )
    expect(bombPdf.length).toBeLessThan(MiB)
    let reason: string | undefined
    const growth = await peakGrowth(async () => (reason = await checkPdf(bombPdf)))
    expect(reason).toMatch(UNCHECKABLE)
    expect(growth).toBeLessThan(128 * MiB)
    const tenMiB = streamObject(
      '/Type/ObjStm/N 1/First 0/Filter/FlateDecode',
      await deflatedZeros(10 * MiB),
    )
    expect(await checkPdf(withObjects(...Array.from({ length: 6 }, () => tenMiB)))).toMatch(
      UNCHECKABLE,
    )
  })
})

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'xmlns:xlink="http://www.w3.org/1999/xlink"',
  'xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0"',
].join(' ')

/** content.xml as LibreOffice writes it (with its empty office:scripts), around `body`. */
const contentXml = (body: string, before = '') =>
  `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS} office:version="1.3">` +
  `<office:scripts/>${before}<office:body><office:text>${body}</office:text></office:body></office:document-content>`

const PLAIN_BODY =
  '<text:h>Energy corridors</text:h><text:p>Pipelines carry strategic and commercial weight.</text:p>'

/** A real OpenDocument text package: the stored mimetype first, the manifest, content and styles, and `parts`. */
async function odtBytes({
  content = contentXml(PLAIN_BODY),
  parts = {} as Record<string, string>,
  manifestEntries = '',
} = {}) {
  const zip = new JSZip()
  zip.file('mimetype', MANUSCRIPT_FORMATS.odt, { compression: 'STORE' })
  zip.file(
    'META-INF/manifest.xml',
    `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">` +
      `<manifest:file-entry manifest:full-path="/" manifest:media-type="${MANUSCRIPT_FORMATS.odt}"/>` +
      `<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>${manifestEntries}</manifest:manifest>`,
  )
  zip.file('content.xml', content)
  zip.file(
    'styles.xml',
    `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${NS}><office:styles/></office:document-styles>`,
  )
  for (const [name, text] of Object.entries(parts)) zip.file(name, text)
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}

const checkOdt = (bytes: Buffer) => findActiveContent(bytes, MANUSCRIPT_FORMATS.odt)
const ODT_ACTIVE = /contains macros, scripts or embedded objects/

const hostileOdts: [string, () => Promise<Buffer>][] = [
  [
    'a Basic macro',
    () =>
      odtBytes({
        parts: {
          'Basic/Standard/Module1.xml':
            '<script:module script:name="Module1">Sub Main : Shell("calc") : End Sub</script:module>',
        },
        manifestEntries:
          '<manifest:file-entry manifest:full-path="Basic/Standard/Module1.xml" manifest:media-type="text/xml"/>',
      }),
  ],
  [
    'a script run when it opens, under another prefix',
    () =>
      odtBytes({
        content: contentXml(
          PLAIN_BODY,
          '<office:event-listeners><s:event-listener xmlns:s="urn:oasis:names:tc:opendocument:xmlns:script:1.0" ' +
            's:language="ooo:script" s:event-name="dom:load" xlink:href="vnd.sun.star.script:Standard.Module1.Main?language=Basic&amp;location=application"/>' +
            '</office:event-listeners>',
        ),
      }),
  ],
  [
    'a link that runs an installed macro',
    () =>
      odtBytes({
        content: contentXml(
          '<text:p><text:a xlink:href="vnd.sun.star.script:LibreLogo.LibreLogo.py$run?language=Python&amp;location=share">Click</text:a></text:p>',
        ),
      }),
  ],
  [
    'an embedded object',
    () =>
      odtBytes({
        content: contentXml(
          '<text:p><draw:frame><draw:object xlink:href="./Object 1" xlink:type="simple"/></draw:frame></text:p>',
        ),
        parts: { 'Object 1/content.xml': '<office:document-content/>' },
      }),
  ],
  [
    'an embedded object stored elsewhere',
    () =>
      odtBytes({
        content: contentXml(
          '<text:p><draw:frame><draw:object-ole xlink:href="./Pictures/ole"/></draw:frame></text:p>',
        ),
      }),
  ],
  ['an embedded program', () => odtBytes({ parts: { 'Pictures/payload.bin': 'MZ' } })],
]

describe('OpenDocument manuscripts', () => {
  it('accepts a plain OpenDocument text', async () => {
    expect(await checkOdt(await odtBytes())).toBeUndefined()
  })

  for (const [label, make] of hostileOdts) {
    it(`refuses one with ${label}`, async () => {
      expect(await checkOdt(await make())).toMatch(ODT_ACTIVE)
    })
  }

  it('refuses a password-protected one, a damaged one and a zip bomb, which cannot be checked', async () => {
    const encrypted = await odtBytes({
      manifestEntries:
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AA=="/></manifest:file-entry>',
    })
    expect(await checkOdt(encrypted)).toMatch(/password-protected/)
    expect(
      await checkOdt(await odtBytes({ content: '<office:document-content><unclosed>' })),
    ).toMatch(/cannot be opened or checked/)
    expect(await checkOdt(Buffer.from('not a zip at all'))).toMatch(/cannot be opened or checked/)
    const bomb = await odtBytes({ content: contentXml(`<text:p>${' '.repeat(32 * MiB)}</text:p>`) })
    expect(bomb.length).toBeLessThan(MiB)
    expect(await checkOdt(bomb)).toMatch(/cannot be opened or checked/)
  })
})

describe('through the upload path', () => {
  let app: TestApp
  let payload: Payload
  let world: World
  beforeAll(async () => ({ app, payload, world } = await startWorld()))
  afterAll(() => app?.close())

  const storedManuscripts = () => {
    const dir = path.join(app.uploadDir, 'submissions')
    return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []
  }
  const submit = (bytes: Buffer, name: string, type: string) =>
    world.api.post('/api/submissions', {
      form: uploadForm(submissionFields({ email: uniqueEmail('outside') }), bytes, name, type),
    })
  /** Posts a manuscript that must be refused: a 400 naming the file, and neither record nor file stored. */
  async function expectRefused(bytes: Buffer, name: string, type: string) {
    const before = {
      count: (await payload.count({ collection: 'submissions' })).totalDocs,
      files: storedManuscripts(),
    }
    const response = await submit(bytes, name, type)
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0].path).toBe('file')
    expect((await payload.count({ collection: 'submissions' })).totalDocs).toBe(before.count)
    expect(storedManuscripts()).toEqual(before.files)
    return response.body.errors[0].data.errors[0].message as string
  }

  it('refuses an OpenDocument text with a macro or a script event (400 naming the file), storing nothing', async () => {
    for (const [, make] of hostileOdts.slice(0, 2))
      expect(await expectRefused(await make(), 'article.odt', MANUSCRIPT_FORMATS.odt)).toMatch(
        ODT_ACTIVE,
      )
  })

  it('accepts a plain OpenDocument text and counts its words', async () => {
    const response = await submit(await odtBytes(), 'article.odt', MANUSCRIPT_FORMATS.odt)
    expect(response.status).toBe(201)
    const stored = await payload.findByID({ collection: 'submissions', id: response.body.doc.id })
    expect(stored).toMatchObject({ mimeType: MANUSCRIPT_FORMATS.odt, wordCount: 8 })
  })

  it('stores no legacy .doc, compound file or not, so its unchecked macros never arrive', async () => {
    const compoundFile = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(4096),
    ])
    const webPage = Buffer.from('<html><body><script>alert(1)</script>Manuscript</body></html>')
    for (const bytes of [compoundFile, webPage])
      await expectRefused(bytes, 'article.doc', MANUSCRIPT_FORMATS.doc)
  })
})
