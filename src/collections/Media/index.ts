import type { CollectionConfig } from 'payload'

import { accessOf } from '@/access'
import { collectionLabels, inEveryLanguage } from '@/i18n/admin'
import { uploadDir } from '@/lib/paths'
import { revalidateAfterChange, revalidateAfterDelete } from '@/hooks/revalidateSite'
import { uniqueFileName } from '@/hooks/uniqueFileName'

/** Public images: hero images, author photos, pictures inside articles. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: collectionLabels('media'),
  admin: {
    defaultColumns: ['filename', 'alt', 'updatedAt'],
    group: inEveryLanguage((t) => t.groups.content),
  },
  hooks: {
    beforeOperation: [uniqueFileName],
    afterChange: [revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
  },
  access: accessOf('media'),
  upload: {
    staticDir: uploadDir('media'),
    // SVG is left out on purpose: it can carry script.
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    pasteURL: false,
    // The original is re-encoded from its pixels: anything riding along in the file (a script
    // appended to a GIF, a second format, camera GPS metadata) does not survive.
    formatOptions: { format: 'webp', options: { quality: 88 } },
    focalPoint: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 480 },
      { name: 'card', width: 960 },
      { name: 'hero', width: 1600 },
    ],
  },
  fields: [
    {
      name: 'alt',
      label: 'Alternative text',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 300,
      admin: { description: 'What the picture shows, for readers who cannot see it.' },
    },
    { name: 'credit', type: 'text', maxLength: 200 },
  ],
}
