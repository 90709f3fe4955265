import type { CollectionConfig } from 'payload'

import { accessOf } from '@/access'

/**
 * One row per reader and mailing, stored before the mail is handed to the mail server: its `key`
 * (`<mailing key>:<subscriber id>`) is unique, so the database lets exactly one sender, on any
 * server, send any reader any one article or digest, and a sender killed mid-mailing resumes
 * where it was without a second copy (src/lib/newsletter/send.ts). Written by the sender through
 * the adapter only; editors read them in the mailing's record.
 */
export const Deliveries: CollectionConfig = {
  slug: 'deliveries',
  admin: { hidden: true },
  graphQL: false,
  access: accessOf('deliveries'),
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'mailing', type: 'relationship', relationTo: 'mailings', required: true, index: true },
    /** The subscriber's id as text: erasing a subscriber erases their deliveries (Subscribers/hooks). */
    { name: 'subscriber', type: 'text', required: true, index: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      options: [
        // Taken, being handed to the mail server.
        { value: 'sending', label: 'Sending' },
        { value: 'sent', label: 'Sent' },
        // Refused or not reached: retried until MAX_ATTEMPTS (src/lib/newsletter/send.ts).
        { value: 'failed', label: 'Failed' },
        // Its sender stopped between taking it and recording the answer: it may have gone out,
        // so it is never sent again.
        { value: 'unconfirmed', label: 'Unconfirmed' },
      ],
    },
    { name: 'attempts', type: 'number', required: true, defaultValue: 1 },
    { name: 'takenAt', type: 'date', required: true, index: true },
    { name: 'retryAt', type: 'date' },
    { name: 'sentAt', type: 'date' },
    { name: 'error', type: 'text' },
  ],
}
