import type { Block } from 'payload'

/** Running text: headings, lists, links, quotes, as in an article's body. */
export const RichTextBlock: Block = {
  slug: 'richText',
  interfaceName: 'RichTextBlock',
  labels: { singular: 'Text', plural: 'Text' },
  fields: [{ name: 'content', type: 'richText', required: true, localized: true }],
}
