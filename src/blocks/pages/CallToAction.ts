import type { Block } from 'payload'

import { navLinkFields } from '@/fields/navLink'

/** A short appeal with one button: "Become an analyst", "Apply for an internship", "Donate". */
export const CallToAction: Block = {
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  labels: { singular: 'Call to action', plural: 'Calls to action' },
  fields: [
    { name: 'heading', type: 'text', required: true, localized: true, maxLength: 120 },
    { name: 'text', type: 'textarea', localized: true, maxLength: 600 },
    {
      name: 'link',
      label: 'Button',
      type: 'group',
      fields: navLinkFields({ labelRequired: true }),
    },
  ],
}
