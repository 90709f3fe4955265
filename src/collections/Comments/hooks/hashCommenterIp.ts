import type { CollectionBeforeChangeHook } from 'payload'

import { senderKey } from '@/lib/limits/keys'
import type { Comment } from '@/payload-types'

/** Runs after field access has dropped any `ipHash` the caller sent, so only ours is stored. */
export const hashCommenterIp: CollectionBeforeChangeHook<Comment> = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  return { ...data, ipHash: senderKey(req) }
}
