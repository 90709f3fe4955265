import {
  MetaDescriptionField,
  MetaImageField,
  MetaTitleField,
  OverviewField,
  PreviewField,
} from '@payloadcms/plugin-seo/fields'
import type { CollectionConfig, Condition } from 'payload'

import { accessOf, fieldAccess } from '@/access'
import { canAlways } from '@/access/gate'
import { systemField } from '@/fields/system'
import { authorIdOf } from '@/access/roles'
import { ARTICLE_KINDS } from '@/fields/options'
import { collectionLabels, inEveryLanguage } from '@/i18n/admin'
import { isLocale, LOCALE_NAMES, LOCALES, localePath } from '@/i18n/config'
import { slugField } from '@/fields/slug'

import {
  rememberWhetherLive,
  revalidatePublishedAfterChange,
  revalidatePublishedAfterDelete,
} from '@/hooks/revalidateSite'
import { dropRedirectsTo, redirectOldSlug } from '@/hooks/redirectOldSlug'
import { indexArticle, unindexAfterDelete } from '@/hooks/searchIndex'

import { guardInternChanges } from './hooks/guardInternChanges'
import {
  rememberLiveAuthors,
  stampAuthorsAfterChange,
  stampAuthorsAfterDelete,
} from './hooks/guestAuthors'
import { keepDraftsInReview } from './hooks/keepDraftsInReview'
import { recordCorrection } from './hooks/recordCorrection'
import { keepWritesInWorkingCopies, rememberPublishedLocales } from './hooks/workingCopies'
import { mailSubscribers } from './hooks/mailSubscribers'
import { notifyReview } from './hooks/notifyReview'
import { requireReviewNote, trackReview } from './hooks/trackReview'
import { stampPublishedAt } from './hooks/stampPublishedAt'
import { stampSavedBy } from './hooks/stampSavedBy'

const LANGUAGE_OPTIONS = LOCALES.map((code) => ({ label: LOCALE_NAMES[code], value: code }))

/**
 * The accounts named in the sidebar (who published, who saved last) are shown to those who may
 * read every account: to the others Payload could only say "Untitled - ID: 2".
 */
const namesStaff: Condition = (_data, _siblings, { user }) => canAlways(user, 'users', 'read')

const articlePreviewPath = (doc: Record<string, unknown>, locale: string) =>
  `/next/preview?path=${encodeURIComponent(localePath(isLocale(locale) ? locale : 'en', `/articles/${String(doc.slug ?? '')}`))}`

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: collectionLabels('articles'),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'authors', '_status', 'reviewState', 'publishedAt'],
    listSearchableFields: ['title', 'standfirst', 'slug'],
    group: inEveryLanguage((t) => t.groups.content),
    // Both open the article's page in draft mode, as the signed-in user (src/app/(site)/next/preview).
    preview: (doc, { locale }) => articlePreviewPath(doc, locale),
    // Interns get "Submit for review" where editors have Publish (and its Schedule menu).
    // Autosave keeps the last seconds of typing when the person leaves (AutosaveOnLeave); the
    // history names who saved each version; the list offers bulk Publish only to those who may.
    components: {
      edit: {
        PublishButton: '@/components/admin/ReviewActions#PublishOrSubmitForReview',
        beforeDocumentControls: ['@/components/admin/AutosaveOnLeave#AutosaveOnLeave'],
      },
      beforeListTable: ['@/components/admin/BulkPublishGate#BulkPublishGate'],
      views: {
        edit: { versions: { Component: '@/components/admin/VersionHistory#VersionHistory' } },
      },
    },
    livePreview: { url: ({ data, locale }) => articlePreviewPath(data, locale.code) },
  },
  defaultSort: '-publishedAt',
  access: accessOf('articles'),
  versions: {
    drafts: {
      autosave: { interval: 2000 },
      schedulePublish: true,
    },
    maxPerDoc: 50,
  },
  hooks: {
    beforeOperation: [keepWritesInWorkingCopies, rememberPublishedLocales],
    beforeValidate: [guardInternChanges, requireReviewNote],
    beforeChange: [
      stampSavedBy,
      stampPublishedAt,
      trackReview,
      recordCorrection,
      rememberWhetherLive,
      rememberLiveAuthors,
    ],
    afterChange: [
      stampAuthorsAfterChange,
      indexArticle,
      revalidatePublishedAfterChange,
      notifyReview,
      mailSubscribers,
      redirectOldSlug,
    ],
    beforeDelete: [keepDraftsInReview, dropRedirectsTo],
    afterDelete: [
      stampAuthorsAfterDelete,
      unindexAfterDelete('article'),
      revalidatePublishedAfterDelete,
    ],
  },
  fields: [
    // The editor's message, above the text, for as long as the changes are still to be made.
    {
      name: 'changesRequested',
      type: 'ui',
      admin: { components: { Field: '@/components/admin/ReviewActions#ChangesRequestedNotice' } },
    },
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
              admin: {
                description: 'The one- or two-sentence summary shown under the title and in lists.',
              },
            },
            { name: 'heroImage', type: 'upload', relationTo: 'media' },
            { name: 'body', type: 'richText', required: true, localized: true },
            {
              name: 'note',
              type: 'text',
              localized: true,
              maxLength: 300,
              admin: {
                description:
                  'Shown under the article, e.g. "Prepared jointly by the interns\' team."',
              },
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
    {
      name: 'topics',
      type: 'relationship',
      relationTo: 'topics',
      hasMany: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'publishedAt',
      label: inEveryLanguage((t) => t.fields.publishedAt.label),
      type: 'date',
      index: true,
      access: fieldAccess('articles', 'publishedAt'),
      admin: {
        position: 'sidebar',
        description: inEveryLanguage((t) => t.fields.publishedAt.description),
        date: { pickerAppearance: 'dayAndTime' },
      },
    },
    systemField({
      name: 'publishedBy',
      label: inEveryLanguage((t) => t.fields.publishedBy.label),
      type: 'relationship',
      relationTo: 'users',
      admin: {
        description: inEveryLanguage((t) => t.fields.publishedBy.description),
        condition: namesStaff,
      },
    }),
    {
      name: 'reviewState',
      label: inEveryLanguage((t) => t.fields.reviewState.label),
      type: 'select',
      required: true,
      defaultValue: 'none',
      index: true,
      options: [
        { label: inEveryLanguage((t) => t.fields.reviewState.none), value: 'none' },
        { label: inEveryLanguage((t) => t.fields.reviewState.inReview), value: 'in-review' },
        {
          label: inEveryLanguage((t) => t.fields.reviewState.changesRequested),
          value: 'changes-requested',
        },
      ],
      admin: { position: 'sidebar', readOnly: true },
    },
    systemField({
      name: 'savedBy',
      label: inEveryLanguage((t) => t.fields.savedBy),
      type: 'relationship',
      relationTo: 'users',
      admin: { condition: namesStaff },
    }),
    systemField({
      name: 'reviewRequestedAt',
      label: inEveryLanguage((t) => t.fields.reviewRequestedAt),
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    }),
    systemField({
      name: 'reviewRequestedBy',
      label: inEveryLanguage((t) => t.fields.reviewRequestedBy),
      type: 'relationship',
      relationTo: 'users',
    }),
    // The language the draft was submitted in: a live article's working copy is often one
    // translation, and "Publish in …" makes that language live without the others.
    systemField({
      name: 'reviewLocale',
      label: 'Language submitted',
      type: 'select',
      options: LANGUAGE_OPTIONS,
    }),
    {
      name: 'correctionNote',
      label: 'Correction',
      type: 'textarea',
      localized: true,
      maxLength: 1000,
      access: fieldAccess('articles', 'correctionNote'),
      admin: {
        position: 'sidebar',
        description:
          'If this change corrects an error in the live article, say what was corrected. It is published with the change, dated, at the end of the article.',
        // A correction corrects something readers have seen.
        condition: (data) => Boolean(data?.publishedAt),
      },
    },
    // The correction history readers see, one dated note per published correction, in the language
    // of the text it corrects (src/collections/Articles/hooks/recordCorrection.ts).
    systemField({
      name: 'corrections',
      type: 'array',
      admin: { condition: (data) => Boolean(data?.corrections?.length) },
      fields: [
        { name: 'date', type: 'date', required: true },
        { name: 'language', type: 'select', required: true, options: LANGUAGE_OPTIONS },
        { name: 'note', type: 'textarea', required: true, maxLength: 1000 },
      ],
    }),
    {
      name: 'reviewNote',
      label: inEveryLanguage((t) => t.fields.reviewNote.label),
      type: 'textarea',
      maxLength: 5000,
      // Between the editors and the authors: never part of the published article.
      access: fieldAccess('articles', 'reviewNote'),
      admin: {
        position: 'sidebar',
        description: inEveryLanguage((t) => t.fields.reviewNote.description),
        components: { afterInput: ['@/components/admin/ReviewActions#RequestChangesButton'] },
      },
    },
    {
      name: 'leaveOutOfMailings',
      label: inEveryLanguage((t) => t.fields.leaveOutOfMailings.label),
      type: 'checkbox',
      defaultValue: false,
      access: fieldAccess('articles', 'leaveOutOfMailings'),
      admin: {
        position: 'sidebar',
        description: inEveryLanguage((t) => t.fields.leaveOutOfMailings.description),
        components: { afterInput: ['@/components/admin/NewsletterTestSend#ArticleTestSend'] },
      },
    },
    {
      name: 'commentsEnabled',
      type: 'checkbox',
      defaultValue: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'submission',
      label: 'From submission',
      type: 'relationship',
      relationTo: 'submissions',
      // Set by "Convert to draft article"; submissions and their authors' addresses are editors' business.
      access: fieldAccess('articles', 'submission'),
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => Boolean(data?.submission),
      },
    },
  ],
}
