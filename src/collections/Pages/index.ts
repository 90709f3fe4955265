import {
  MetaDescriptionField,
  MetaImageField,
  MetaTitleField,
  OverviewField,
  PreviewField,
} from '@payloadcms/plugin-seo/fields'
import type { CollectionConfig } from 'payload'

import { accessOf } from '@/access'
import { collectionLabels, inEveryLanguage } from '@/i18n/admin'
import { PAGE_BLOCKS } from '@/blocks/pages'
import { slugField } from '@/fields/slug'
import { dropRedirectsTo, redirectOldSlug } from '@/hooks/redirectOldSlug'
import {
  rememberWhetherLive,
  revalidatePublishedAfterChange,
  revalidatePublishedAfterDelete,
} from '@/hooks/revalidateSite'
import { isLocale, localePath } from '@/i18n/config'

import { RESERVED_PAGE_SLUGS } from './reservedSlugs'

const pagePreviewPath = (doc: Record<string, unknown>, locale: string) =>
  `/next/preview?path=${encodeURIComponent(localePath(isLocale(locale) ? locale : 'en', `/${String(doc.slug ?? '')}`))}`

/**
 * The think tank's own pages (About, Team, Internships, Contact, Privacy, …), built from blocks and
 * served at /<slug>. The blocks are shared by every language; their texts are translated.
 */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: collectionLabels('pages'),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
    group: inEveryLanguage((t) => t.groups.content),
    preview: (doc, { locale }) => pagePreviewPath(doc, locale),
    livePreview: { url: ({ data, locale }) => pagePreviewPath(data, locale.code) },
  },
  defaultSort: 'title',
  access: accessOf('pages'),
  versions: {
    drafts: { autosave: { interval: 2000 } },
    maxPerDoc: 50,
  },
  hooks: {
    beforeChange: [rememberWhetherLive],
    afterChange: [revalidatePublishedAfterChange, redirectOldSlug],
    beforeDelete: [dropRedirectsTo],
    afterDelete: [revalidatePublishedAfterDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Content',
          fields: [
            {
              name: 'intro',
              type: 'textarea',
              localized: true,
              maxLength: 600,
              admin: { description: 'A sentence or two under the title (optional).' },
            },
            {
              name: 'layout',
              label: 'Blocks',
              labels: { singular: 'Block', plural: 'Blocks' },
              type: 'blocks',
              blocks: PAGE_BLOCKS,
              maxRows: 40,
            },
          ],
        },
        {
          name: 'meta',
          label: 'SEO',
          fields: [
            OverviewField({
              titlePath: 'meta.title',
              descriptionPath: 'meta.description',
              imagePath: 'meta.image',
            }),
            MetaTitleField({ hasGenerateFn: false }),
            MetaImageField({ relationTo: 'media' }),
            MetaDescriptionField({}),
            PreviewField({
              titlePath: 'meta.title',
              descriptionPath: 'meta.description',
              // The site's own address (src/lib/seo.ts), not "https://...".
              hasGenerateFn: true,
            }),
          ],
        },
      ],
    },
    slugField('title', { reserved: RESERVED_PAGE_SLUGS }),
  ],
}
