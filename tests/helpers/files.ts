import sharp from 'sharp'

/** A real, small PNG. */
export const pngBytes = () =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } }).png().toBuffer()

/** A minimal well-formed PDF (header, objects, cross-reference table, trailer). */
export function pdfBytes(): Buffer {
  const objects = [
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Kids[3 0 R]/Count 1>>',
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>',
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
  pdf += `trailer<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, 'latin1')
}

export const filePart = (bytes: Buffer, name: string, type: string) => new Blob([new Uint8Array(bytes)], { type })
