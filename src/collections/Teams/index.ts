import type { CollectionConfig } from 'payload'

import { accessOf } from '@/access'
import { collectionLabels, inEveryLanguage } from '@/i18n/admin'
import { slugField } from '@/fields/slug'
import { revalidateAfterChange, revalidateAfterDelete } from '@/hooks/revalidateSite'

/**
 * The groups the think tank presents its people in (staff, fellows, interns, alumni, guest
 * authors): an editable list, so each institute names its own. /authors shows them in `order`.
 */
export const Teams: CollectionConfig = {
  slug: 'teams',
  labels: collectionLabels('teams'),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'order', 'slug'],
    group: inEveryLanguage((t) => t.groups.content),
  },
  defaultSort: 'order',
  hooks: {
    afterChange: [revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
  },
  access: accessOf('teams'),
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 80 },
    slugField('name'),
    { name: 'description', type: 'textarea', localized: true, maxLength: 600 },
    {
      name: 'order',
      type: 'number',
      required: true,
      defaultValue: 10,
      min: 0,
      max: 1000,
      admin: { position: 'sidebar', description: 'Teams with smaller numbers come first.' },
    },
  ],
}
