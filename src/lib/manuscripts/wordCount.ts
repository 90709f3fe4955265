import JSZip from 'jszip'
import mammoth from 'mammoth'

import { countWords } from '@/lib/lexicalText'

import { manuscriptFormat } from './formats'

/** The running text of an ODT file: its content.xml with the markup taken out. */
async function odtText(file: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(file)
  const xml = (await zip.file('content.xml')?.async('string')) ?? ''
  // Paragraph and heading ends separate words; every other tag sits inside a word's run.
  return xml
    .replace(/<\/text:(p|h)>|<text:(s|tab|line-break)\/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
}

/**
 * How many words a manuscript has, for the guideline of 1,000–2,000 words. DOCX and ODT are
 * counted; PDF and legacy DOC have no dependable text layer to count, so they answer `undefined`
 * (the editor sees "not counted"). A damaged file also answers `undefined`: the count is a help
 * for the review, never a reason to refuse a submission.
 */
export async function manuscriptWordCount(
  file: Buffer,
  mimeType: string | null | undefined,
): Promise<number | undefined> {
  try {
    switch (manuscriptFormat(mimeType)) {
      case 'docx':
        return countWords((await mammoth.extractRawText({ buffer: file })).value)
      case 'odt':
        return countWords(await odtText(file))
      default:
        return undefined
    }
  } catch {
    return undefined
  }
}
