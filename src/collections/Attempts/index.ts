import type { CollectionConfig } from 'payload'

import { accessOf } from '@/access'

/**
 * The rate limiters' ledger (src/lib/limits): one row per counted attempt (a login, a comment, a
 * submission), keyed by a keyed hash of the sender, never an address, in one of the limit's slots
 * (`slot` is unique: the database lets one of several parallel attempts have a slot). It lives in the database so that every
 * server sharing the database counts together. Written and read only by the limiters, below access
 * control (the adapter's own calls); nobody reaches it through REST, GraphQL or the admin.
 */
export const Attempts: CollectionConfig = {
  slug: 'attempts',
  admin: { hidden: true },
  graphQL: false,
  timestamps: false,
  access: accessOf('attempts'),
  fields: [
    { name: 'limiter', type: 'text', required: true, index: true },
    { name: 'key', type: 'text', required: true, index: true },
    { name: 'slot', type: 'text', required: true, unique: true },
    { name: 'at', type: 'date', required: true, index: true },
  ],
}
