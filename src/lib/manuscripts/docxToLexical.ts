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

/**
 * A DOCX manuscript as the article body: mammoth reads Word's structure (headings, paragraphs,
 * lists, bold/italic, links, notes) into HTML, and Payload's own HTML import turns that into
 * the Lexical nodes the editor enables. Footnotes and endnotes become inline footnote blocks,
 * which the site prints as endnotes.
 */
export async function docxToLexical(
  file: Buffer,
  editorConfig: SanitizedServerEditorConfig,
): Promise<SerializedEditorState> {
  // Loaded on first use: jsdom took ~0.6 s of every server start (npm run bench, cold start profile).
  const { JSDOM } = await import('jsdom')
  const { value: html } = await mammoth.convertToHtml({ buffer: file })
  const { document } = new JSDOM(html).window
  const notes = takeNotes(document)
  const state = convertHTMLToLexical({ editorConfig, html: document.body.innerHTML, JSDOM })
  const root = state.root as unknown as Node
  return {
    ...state,
    root: { ...state.root, children: placeNotes(root.children ?? [], notes) },
  } as SerializedEditorState
}
