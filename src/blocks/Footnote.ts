import type { Block } from 'payload'

/**
 * A footnote, placed inline where its number should appear. The site numbers footnotes in order
 * and prints them as endnotes below the article (Chicago notes, and DOCX footnotes on import).
 */
export const Footnote: Block = {
  slug: 'footnote',
  interfaceName: 'FootnoteBlock',
  labels: { singular: 'Footnote', plural: 'Footnotes' },
  fields: [{ name: 'note', type: 'textarea', required: true, maxLength: 2000 }],
}
