import JSZip from 'jszip'
import mammoth from 'mammoth'

import { countWords } from '@/lib/lexicalText'

import { manuscriptFormat } from './formats'

/**
 * An ODT file's paragraphs and headings, each with its markup taken out (XML entities kept as
 * written): the words of the running text, and what an editor reads of it.
 */
export async function odtParagraphs(file: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(file)
  const xml = (await zip.file('content.xml')?.async('string')) ?? ''
  // Spaces, tabs and line breaks separate words; every other tag sits inside a word's run.
  return xml
    .split(/<\/text:(?:p|h)>/)
    .map((part) => part.replace(/<text:(s|tab|line-break)\/>/g, ' ').replace(/<[^>]+>/g, ''))
}

/** The running text of an ODT file, its paragraphs apart. */
async function odtText(file: Buffer): Promise<string> {
  return (await odtParagraphs(file)).join(' ').replace(/&[a-z]+;|&#\d+;/g, ' ')
}

/**
 * How many words a manuscript has, for the length in Site settings. DOCX and ODT are
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
