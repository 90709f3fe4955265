import type { CollectionConfig } from 'payload'

import { capPublicQueries } from './capPublicQueries'
import { guardOperationArgs } from './guardOperationArgs'

/**
 * What every collection checks before any operation, on every API: malformed requests are refused
 * with a 400 (guardOperationArgs) and public lists are capped (capPublicQueries).
 */
export const withApiGuards = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [
      guardOperationArgs,
      capPublicQueries,
      ...(collection.hooks?.beforeOperation ?? []),
    ],
  },
})
