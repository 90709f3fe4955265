import type { Block } from 'payload'

import { validateHttpUrl } from '@/fields/validators'

/** Address, e-mail and telephone, with a link to the address on a map (nothing embedded). */
export const ContactDetails: Block = {
  slug: 'contact',
  interfaceName: 'ContactBlock',
  labels: { singular: 'Contact details', plural: 'Contact details' },
  fields: [
    { name: 'heading', type: 'text', localized: true, maxLength: 120 },
    { name: 'address', type: 'textarea', localized: true, maxLength: 500 },
    { name: 'email', label: 'E-mail', type: 'email' },
    { name: 'phone', label: 'Telephone', type: 'text', maxLength: 40 },
    {
      name: 'mapUrl',
      label: 'Map link',
      type: 'text',
      maxLength: 500,
      validate: validateHttpUrl,
      admin: {
        description:
          'A link to the address on a map. Left empty, the address is looked up on OpenStreetMap.',
      },
    },
  ],
}
