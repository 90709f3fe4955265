import sharp from 'sharp'

/** A real, small PNG. */
export const pngBytes = () =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } })
    .png()
    .toBuffer()

/**
 * A minimal well-formed PDF (header, objects, cross-reference table, trailer). `objects` (latin1
 * text, so any bytes) follow the page as objects 4, 5, …; `trailer` adds entries to the trailer.
 */
export function pdfBytes({
  objects: extra = [],
  trailer = '',
}: { objects?: string[]; trailer?: string } = {}): Buffer {
  const objects = [
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Kids[3 0 R]/Count 1>>',
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>',
    ...extra,
  ]
  let pdf = '%PDF-1.4\n'
  const offsets = objects.map((object, index) => {
    const offset = pdf.length
    pdf += `${index + 1} 0 obj${object}endobj\n`
    return offset
  })
  const xref = pdf.length
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  pdf += `trailer<</Size ${objects.length + 1}/Root 1 0 R${trailer}>>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, 'latin1')
}

export const filePart = (bytes: Buffer, name: string, type: string) =>
  new Blob([new Uint8Array(bytes)], { type })

/** The fields of a plausible submission from an outside author; `overrides` changes any of them. */
export const submissionFields = (overrides: Record<string, unknown> = {}) => ({
  name: 'Outside Author',
  email: 'outside@example.org',
  bio: 'Researcher.',
  kind: 'analysis',
  title: 'A title',
  abstract: 'An abstract.',
  language: 'en',
  consent: true,
  ...overrides,
})

/** A multipart body as Payload's REST API takes an upload: the fields as `_payload`, and the file. */
export function uploadForm(fields: object, bytes: Buffer, name: string, type: string): FormData {
  const form = new FormData()
  form.append('_payload', JSON.stringify(fields))
  form.append('file', filePart(bytes, name, type), name)
  return form
}

/**
 * A real Word manuscript, built with the `docx` package: a heading, paragraphs with bold and
 * italic, a bulleted list, a link and a footnote. `paragraphs` pads it to a realistic length.
 */
export async function docxBytes(
  options: { title?: string; paragraphs?: number } = {},
): Promise<Buffer> {
  const {
    Document,
    ExternalHyperlink,
    FootnoteReferenceRun,
    HeadingLevel,
    Packer,
    Paragraph,
    TextRun,
  } = await import('docx')
  const filler = Array.from(
    { length: options.paragraphs ?? 0 },
    (_, index) =>
      new Paragraph(
        `Filler paragraph ${index + 1} keeps the manuscript at a realistic length for counting.`,
      ),
  )
  const document = new Document({
    footnotes: { 1: { children: [new Paragraph('State Statistical Committee, 2025 yearbook.')] } },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Energy corridors after 2025', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            children: [
              new TextRun('Pipelines carry '),
              new TextRun({ text: 'strategic', bold: true }),
              new TextRun(' and '),
              new TextRun({ text: 'commercial', italics: true }),
              new TextRun(' weight.'),
              new FootnoteReferenceRun(1),
            ],
          }),
          new Paragraph({ text: 'First risk: transit fees', bullet: { level: 0 } }),
          new Paragraph({ text: 'Second risk: sanctions', bullet: { level: 0 } }),
          new Paragraph({
            children: [
              new TextRun('See '),
              new ExternalHyperlink({
                link: 'https://example.org/report',
                children: [new TextRun('the full report')],
              }),
              new TextRun('.'),
            ],
          }),
          ...filler,
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}

/** A body of about `bytes` bytes sent in chunks, with no Content-Length to refuse it by. */
export function chunkedBody(bytes: number): ReadableStream<Uint8Array> {
  let sent = 0
  const chunk = new Uint8Array(256 * 1024).fill(0x61)
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes) return controller.close()
      sent += chunk.byteLength
      controller.enqueue(chunk)
    },
  })
}
