import type { CollectionConfig } from 'payload'

import { accessOf, fieldAccess } from '@/access'
import { collectionLabels, inEveryLanguage } from '@/i18n/admin'
import { linksField } from '@/fields/links'
import { slugField } from '@/fields/slug'
import { systemField } from '@/fields/system'

import { revalidateAfterChange, revalidateAfterDelete } from '@/hooks/revalidateSite'
import { dropRedirectsTo, redirectOldSlug } from '@/hooks/redirectOldSlug'
import { indexAuthor, unindexAfterDelete } from '@/hooks/searchIndex'

/**
 * Public profiles of the people who write. An author need not have a staff account (guests); a
 * guest's profile is public only once an article by them is (src/access/scopes.ts, publicProfile).
 */
export const Authors: CollectionConfig = {
  slug: 'authors',
  labels: collectionLabels('authors'),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'headline', 'team', 'affiliation', 'updatedAt'],
    group: inEveryLanguage((t) => t.groups.content),
  },
  defaultSort: 'name',
  hooks: {
    afterChange: [indexAuthor, revalidateAfterChange, redirectOldSlug],
    beforeDelete: [dropRedirectsTo],
    afterDelete: [unindexAfterDelete('author'), revalidateAfterDelete],
  },
  access: accessOf('authors'),
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    slugField('name'),
    {
      name: 'headline',
      type: 'text',
      localized: true,
      maxLength: 200,
      admin: {
        description:
          'One line under the name, e.g. "International Relations student, ADA University".',
      },
    },
    { name: 'bio', type: 'richText', localized: true },
    { name: 'affiliation', type: 'text', maxLength: 200 },
    { name: 'expertise', type: 'relationship', relationTo: 'topics', hasMany: true },
    { name: 'photo', type: 'upload', relationTo: 'media' },
    {
      name: 'team',
      type: 'relationship',
      relationTo: 'teams',
      admin: {
        position: 'sidebar',
        description: 'Where /authors lists them. Left empty, they are listed under "Contributors".',
      },
    },
    {
      name: 'teamOrder',
      label: 'Order within the team',
      type: 'number',
      defaultValue: 10,
      min: 0,
      max: 1000,
      admin: { position: 'sidebar', description: 'Smaller numbers come first; then by name.' },
    },
    {
      name: 'guest',
      label: inEveryLanguage((t) => t.fields.guestAuthor.label),
      type: 'checkbox',
      defaultValue: false,
      access: fieldAccess('authors', 'guest'),
      admin: {
        position: 'sidebar',
        description: inEveryLanguage((t) => t.fields.guestAuthor.description),
      },
    },
    // Kept by the articles' hooks (Articles/hooks/guestAuthors.ts) for the public-profile rule.
    systemField({
      name: 'hasPublishedArticle',
      label: inEveryLanguage((t) => t.fields.hasPublishedArticle.label),
      type: 'checkbox',
      defaultValue: false,
      admin: { condition: (data) => Boolean(data?.guest) },
    }),
    {
      name: 'mediaEnquiries',
      label: 'Available for media enquiries',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
    {
      name: 'pressContact',
      label: 'Press contact',
      type: 'email',
      admin: {
        position: 'sidebar',
        description:
          "Shown on the profile for journalists when available for media enquiries. Left empty, the site's contact e-mail.",
        condition: (_, siblingData) => Boolean(siblingData?.mediaEnquiries),
      },
    },
    linksField('links', 'Profile links'),
    {
      name: 'email',
      type: 'email',
      access: fieldAccess('authors', 'email'),
      admin: { description: 'For staff only; never shown on the site.' },
    },
  ],
}
