import mammoth from 'mammoth'

import { manuscriptFormat, type ManuscriptFormat } from './formats'
import { safeHtml } from './safeHtml'
import { odtParagraphs } from './wordCount'

/** A manuscript as an editor reads it in the admin: its format and, where it has text we can read, that text as safe HTML. */
export type ReadableManuscript = { format: ManuscriptFormat | undefined; html: string | null }

/**
 * DOCX through mammoth (Word's headings, lists, emphasis, links, notes; images left out, since
 * the reading is for the text) and ODT paragraph by paragraph; PDF is shown by the browser itself
 * and legacy DOC cannot be read. A damaged file has no text to show (`html: null`).
 */
export async function readableManuscript(
  file: Buffer,
  mimeType: string | null | undefined,
): Promise<ReadableManuscript> {
  const format = manuscriptFormat(mimeType)
  try {
    if (format === 'docx') {
      const { value } = await mammoth.convertToHtml(
        { buffer: file },
        { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
      )
      return { format, html: await safeHtml(value) }
    }
    if (format === 'odt') {
      const paragraphs = (await odtParagraphs(file)).filter((text) => text.trim())
      return { format, html: await safeHtml(paragraphs.map((text) => `<p>${text}</p>`).join('')) }
    }
  } catch {
    return { format, html: null }
  }
  return { format, html: null }
}
