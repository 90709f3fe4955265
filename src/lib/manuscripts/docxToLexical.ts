import {
  convertHTMLToLexical,
  type SanitizedServerEditorConfig,
} from '@payloadcms/richtext-lexical'
import mammoth from 'mammoth'
import type {
  SerializedEditorState,
  SerializedLexicalNode,
} from '@payloadcms/richtext-lexical/lexical'

type Node = SerializedLexicalNode & {
  children?: Node[]
  url?: string
  fields?: Record<string, unknown>
}

const NOTE_LINK = /^#(footnote|endnote)-(\d+)$/

/** Word's Title paragraph, marked so that it can be taken out of the body (mammoth leaves it a plain paragraph). */
const TITLE_CLASS = 'manuscript-title'
const STYLE_MAP = [`p[style-name='Title'] => h1.${TITLE_CLASS}:fresh`]

/** The article page's own h1 is the title: the body's top heading level is h2. */
const BODY_TOP_LEVEL = 2
const LOWEST_LEVEL = 6

/** The text of Word's Title paragraph, taken out of the document; undefined without one. */
function takeTitle(document: Document): string | undefined {
  const paragraphs = [...document.querySelectorAll(`.${TITLE_CLASS}`)]
  paragraphs.forEach((paragraph) => paragraph.remove())
  const title = paragraphs
    .map((paragraph) => paragraph.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    .filter(Boolean)
    .join(' ')
  return title || undefined
}

/**
 * Moves every heading by the same number of levels so that the highest one is an h2, keeping
 * their relative order (Heading 1 becomes h2, Heading 2 h3, …); past h6 they stay h6.
 */
function shiftHeadings(document: Document): void {
  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
  if (!headings.length) return
  const levelOf = (heading: Element) => Number(heading.tagName.slice(1))
  const shift = BODY_TOP_LEVEL - Math.min(...headings.map(levelOf))
  for (const heading of headings) {
    const level = Math.min(levelOf(heading) + shift, LOWEST_LEVEL)
    const renamed = document.createElement(`h${level}`)
    renamed.append(...heading.childNodes)
    heading.replaceWith(renamed)
  }
}

/**
 * Mammoth prints notes as a numbered list at the end, each linked from a `[n]` marker in the
 * text. Takes that list out of the document and returns each note's text by its anchor.
 */
function takeNotes(document: Document): Map<string, string> {
  const notes = new Map<string, string>()
  for (const item of document.querySelectorAll('li[id^="footnote-"], li[id^="endnote-"]')) {
    item
      .querySelectorAll('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]')
      .forEach((backLink) => backLink.remove())
    notes.set(`#${item.id}`, item.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    const list = item.parentElement
    item.remove()
    if (list && !list.children.length) list.remove()
  }
  return notes
}

/** Each `[n]` marker (a link to a note) becomes the site's inline footnote block carrying the note's text. */
function placeNotes(nodes: Node[], notes: Map<string, string>): Node[] {
  return nodes.map((node) => {
    const match =
      node.type === 'link' && node.fields?.url ? NOTE_LINK.exec(String(node.fields.url)) : null
    if (match && notes.has(String(node.fields?.url))) {
      const note = notes.get(String(node.fields?.url)) as string
      return {
        type: 'inlineBlock',
        version: 1,
        fields: { id: `${match[1]}-${match[2]}`, blockName: '', blockType: 'footnote', note },
      } as Node
    }
    return node.children ? { ...node, children: placeNotes(node.children, notes) } : node
  })
}

/** A converted manuscript: the text of Word's Title paragraph, if it has one, and the body. */
export type ConvertedManuscript = { title?: string; body: SerializedEditorState }

/**
 * A DOCX manuscript as the article body: mammoth reads Word's structure (headings, paragraphs,
 * lists, bold/italic, links, notes) into HTML, and Payload's own HTML import turns that into
 * the Lexical nodes the editor enables. Word's Title paragraph is returned as the title instead
 * of staying in the body, and headings start at h2 under the page's own h1. Footnotes and
 * endnotes become inline footnote blocks, which the site prints as endnotes.
 */
export async function docxToLexical(
  file: Buffer,
  editorConfig: SanitizedServerEditorConfig,
): Promise<ConvertedManuscript> {
  // Loaded on first use: jsdom took ~0.6 s of every server start (npm run bench, cold start profile).
  const { JSDOM } = await import('jsdom')
  const { value: html } = await mammoth.convertToHtml({ buffer: file }, { styleMap: STYLE_MAP })
  const { document } = new JSDOM(html).window
  const title = takeTitle(document)
  shiftHeadings(document)
  const notes = takeNotes(document)
  const state = convertHTMLToLexical({ editorConfig, html: document.body.innerHTML, JSDOM })
  const root = state.root as unknown as Node
  return {
    title,
    body: {
      ...state,
      root: { ...state.root, children: placeNotes(root.children ?? [], notes) },
    } as SerializedEditorState,
  }
}
