import JSZip from 'jszip'

import { manuscriptFormat } from './formats'

/** PDF names that run code or carry other files when the document is opened. */
const PDF_ACTIVE_NAMES = /\/(JavaScript|JS|Launch|EmbeddedFile|RichMedia|XFA)\b/
/** Markup a browser would run if it ever sniffed the file as a web page. */
const HTML_MARKERS = /<(script|html|body|iframe|svg)[\s>/]/i
/** The end-of-central-directory record of a ZIP archive: a second format hidden inside the file. */
const ZIP_DIRECTORY = Buffer.from([0x50, 0x4b, 0x05, 0x06])

async function docxActiveContent(file: Buffer): Promise<string | undefined> {
  const zip = await JSZip.loadAsync(file).catch(() => null)
  if (!zip) return 'The document cannot be opened.'
  if (Object.keys(zip.files).some((name) => /vbaProject|activeX|\.bin$/i.test(name))) {
    return 'The document contains macros or embedded programs. Please save it as a plain .docx and send it again.'
  }
  return undefined
}

/**
 * Manuscripts come from strangers and are opened by editors, so a file that is a document on the
 * outside and something else within is refused: a PDF with scripts, launch actions or embedded
 * files, a PDF that is also a web page or a ZIP archive (a polyglot), a Word file with macros.
 * Answers the reason to show the submitter, or undefined for a plain document.
 */
export async function findActiveContent(file: Buffer, mimeType: string | null | undefined): Promise<string | undefined> {
  const format = manuscriptFormat(mimeType)
  if (format === 'pdf') {
    const text = file.toString('latin1')
    if (PDF_ACTIVE_NAMES.test(text)) return 'The PDF contains scripts or embedded files. Please export a plain PDF and send it again.'
    if (HTML_MARKERS.test(text.slice(0, 4096)) || file.includes(ZIP_DIRECTORY)) {
      return 'The file is not a plain PDF (it also reads as another format). Please export a plain PDF and send it again.'
    }
  }
  if (format === 'docx') return docxActiveContent(file)
  return undefined
}
