import type { Block } from 'payload'

/** One image across the text column, with a caption (per language) and a credit. */
export const ImageBlock: Block = {
  slug: 'image',
  interfaceName: 'ImageBlock',
  labels: { singular: 'Image', plural: 'Images' },
  fields: [
    { name: 'image', type: 'upload', relationTo: 'media', required: true },
    { name: 'caption', type: 'text', localized: true, maxLength: 300 },
    {
      name: 'credit',
      type: 'text',
      maxLength: 200,
      admin: { description: 'For example "Photo: Aynur Hasanova".' },
    },
  ],
}
