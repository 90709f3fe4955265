import JSZip from 'jszip'

import { manuscriptFormat } from './formats'
import { odtActiveContent } from './odt'
import { pdfActiveContent } from './pdf'

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
 * files, a PDF that is also a web page or a ZIP archive (a polyglot), a Word or OpenDocument file
 * with macros, scripts or embedded objects, and a file that cannot be checked that far.
 * Answers the reason to show the submitter, or undefined for a plain document.
 *
 * A legacy .doc is not checked because none is ever stored: Payload's type detection names every
 * OLE compound file application/x-cfb, and anything else named .doc text/plain, and neither is a
 * manuscript type (tests/int/manuscript-active-content.test.ts keeps that true). Should .doc be
 * let in one day, it needs a check here first: its macros sit in a "Macros" storage (_VBA_PROJECT).
 */
export async function findActiveContent(
  file: Buffer,
  mimeType: string | null | undefined,
): Promise<string | undefined> {
  switch (manuscriptFormat(mimeType)) {
    case 'pdf':
      return pdfActiveContent(file)
    case 'docx':
      return docxActiveContent(file)
    case 'odt':
      return odtActiveContent(file)
    default:
      return undefined
  }
}
