import type { CollectionConfig } from 'payload'

import { accessOf } from '@/access'
import { collectionLabels, inEveryLanguage } from '@/i18n/admin'
import { slugField } from '@/fields/slug'
import { revalidateAfterChange, revalidateAfterDelete } from '@/hooks/revalidateSite'
import { dropRedirectsTo, redirectOldSlug } from '@/hooks/redirectOldSlug'
import { indexTopic, unindexAfterDelete } from '@/hooks/searchIndex'

export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: collectionLabels('topics'),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'updatedAt'],
    group: inEveryLanguage((t) => t.groups.content),
  },
  defaultSort: 'name',
  hooks: {
    afterChange: [indexTopic, revalidateAfterChange, redirectOldSlug],
    beforeDelete: [dropRedirectsTo],
    afterDelete: [unindexAfterDelete('topic'), revalidateAfterDelete],
  },
  access: accessOf('topics'),
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 80 },
    slugField('name'),
    { name: 'description', type: 'textarea', localized: true, maxLength: 600 },
  ],
}
