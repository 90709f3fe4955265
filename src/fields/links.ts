import type { ArrayField } from 'payload'

import { validateHttpUrl } from './validators'

export const LINK_PLATFORMS = [
  { label: 'YouTube', value: 'youtube' },
  { label: 'X', value: 'x' },
  { label: 'Facebook', value: 'facebook' },
  { label: 'Telegram', value: 'telegram' },
  { label: 'LinkedIn', value: 'linkedin' },
  { label: 'Instagram', value: 'instagram' },
  { label: 'Website or other', value: 'other' },
]

/** A list of profile or follow links; used by author profiles and the site's follow links. */
export function linksField(name: string, label: string): ArrayField {
  return {
    name,
    label,
    type: 'array',
    maxRows: 12,
    admin: { initCollapsed: true },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'platform',
            type: 'select',
            required: true,
            options: LINK_PLATFORMS,
            admin: { width: '30%' },
          },
          {
            name: 'url',
            label: 'URL',
            type: 'text',
            required: true,
            validate: validateHttpUrl,
            admin: { width: '70%' },
          },
        ],
      },
    ],
  }
}
