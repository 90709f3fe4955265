import { MetaDescriptionField, MetaImageField, MetaTitleField, OverviewField, PreviewField } from '@payloadcms/plugin-seo/fields'
import type { CollectionConfig } from 'payload'

import { editorField, isStaff } from '@/access'
import { authorIdOf } from '@/access/roles'
import { ARTICLE_KINDS } from '@/fields/options'
import { isLocale, localePath } from '@/i18n/config'
import { slugField } from '@/fields/slug'

import {
  editorOrCoAuthoredDraft,
  editorOrNeverPublishedDraft,
  publishedOrCoAuthored,
  versionsOfCoAuthored,
} from './access'
import { guardInternChanges } from './hooks/guardInternChanges'
import { indexForSearch } from './hooks/indexForSearch'
import { revalidateArticle, revalidateDeletedArticle } from './hooks/revalidateArticle'
import { stampPublishedAt } from './hooks/stampPublishedAt'

const articlePreviewPath = (doc: Record<string, unknown>, locale: string) =>
  `/next/preview?path=${encodeURIComponent(localePath(isLocale(locale) ? locale : 'en', `/articles/${String(doc.slug ?? '')}`))}`

export const Articles: CollectionConfig = {
  slug: 'articles',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'authors', '_status', 'reviewState', 'publishedAt'],
    listSearchableFields: ['title', 'standfirst', 'slug'],
    group: 'Content',
    // Both open the article's page in draft mode, as the signed-in user (src/app/(site)/next/preview).
    preview: (doc, { locale }) => articlePreviewPath(doc, locale),
    livePreview: { url: ({ data, locale }) => articlePreviewPath(data, locale.code) },
  },
  defaultSort: '-publishedAt',
  access: {
    read: publishedOrCoAuthored,
    readVersions: versionsOfCoAuthored,
    create: isStaff,
    update: editorOrCoAuthoredDraft,
    delete: editorOrNeverPublishedDraft,
  },
  versions: {
    drafts: {
      autosave: { interval: 2000 },
      schedulePublish: true,
    },
    maxPerDoc: 50,
  },
  hooks: {
    beforeValidate: [guardInternChanges],
    beforeChange: [stampPublishedAt, indexForSearch],
    afterChange: [revalidateArticle],
    afterDelete: [revalidateDeletedArticle],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Article',
          fields: [
            {
              name: 'standfirst',
              type: 'textarea',
              required: true,
              localized: true,
              maxLength: 600,
              admin: { description: 'The one- or two-sentence summary shown under the title and in lists.' },
            },
            { name: 'heroImage', type: 'upload', relationTo: 'media' },
            { name: 'body', type: 'richText', required: true, localized: true },
            {
              name: 'note',
              type: 'text',
              localized: true,
              maxLength: 300,
              admin: { description: 'Shown under the article, e.g. "Prepared jointly by the interns\' team."' },
            },
          ],
        },
        {
          name: 'meta',
          label: 'SEO',
          fields: [
            OverviewField({ titlePath: 'meta.title', descriptionPath: 'meta.description', imagePath: 'meta.image' }),
            MetaTitleField({ hasGenerateFn: false }),
            MetaImageField({ relationTo: 'media' }),
            MetaDescriptionField({}),
            PreviewField({ titlePath: 'meta.title', descriptionPath: 'meta.description' }),
          ],
        },
      ],
    },
    slugField('title'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'analysis',
      options: ARTICLE_KINDS,
      admin: { position: 'sidebar' },
    },
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'authors',
      hasMany: true,
      required: true,
      minRows: 1,
      // An intern starts a draft with their own byline already in place.
      defaultValue: ({ user }) => {
        const authorId = authorIdOf(user)
        return authorId === undefined ? [] : [authorId]
      },
      admin: { position: 'sidebar', description: 'In byline order.' },
    },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, admin: { position: 'sidebar' } },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      access: { create: editorField, update: editorField },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'reviewState',
      type: 'select',
      required: true,
      defaultValue: 'none',
      options: [
        { label: 'Not submitted', value: 'none' },
        { label: 'In review', value: 'in-review' },
        { label: 'Changes requested', value: 'changes-requested' },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'commentsEnabled', type: 'checkbox', defaultValue: true, admin: { position: 'sidebar' } },
    {
      name: 'searchText',
      type: 'textarea',
      localized: true,
      // Written by indexForSearch only; the public site searches it.
      access: { create: () => false, update: () => false },
      admin: { hidden: true },
    },
  ],
}
