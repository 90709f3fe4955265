import type { CollectionConfig } from 'payload'

import { accessOf, hiddenUnless } from '@/access'
import { collectionLabels, inEveryLanguage } from '@/i18n/admin'
import { revalidateAfterChange, revalidateAfterDelete } from '@/hooks/revalidateSite'
import { uniqueFileName } from '@/hooks/uniqueFileName'
import { uploadDir } from '@/lib/paths'

import { refuseSmallIcon } from './hooks/refuseSmallIcon'
import { ICON_SIZES } from './sizes'

/**
 * The site's icon, uploaded once (Site settings → Branding → Site icon): Payload cuts the favicon,
 * the Apple touch icon and the app icons from it, as PNG, at upload.
 */
export const SiteIcons: CollectionConfig = {
  slug: 'site-icons',
  labels: collectionLabels('siteIcons'),
  admin: {
    group: inEveryLanguage((t) => t.groups.administration),
    hidden: hiddenUnless('site-icons', 'update'),
    defaultColumns: ['filename', 'updatedAt'],
  },
  access: accessOf('site-icons'),
  hooks: {
    beforeOperation: [uniqueFileName],
    beforeChange: [refuseSmallIcon],
    afterChange: [revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
  },
  upload: {
    staticDir: uploadDir('site-icons'),
    // SVG is left out as for every upload: it can carry script. PNG keeps the transparency.
    mimeTypes: ['image/png', 'image/webp'],
    pasteURL: false,
    formatOptions: { format: 'png' },
    adminThumbnail: 'app192',
    imageSizes: Object.entries(ICON_SIZES).map(([name, size]) => ({
      name,
      width: size,
      height: size,
      fit: 'cover' as const,
    })),
  },
  fields: [],
}
