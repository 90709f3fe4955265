import type { CollectionBeforeChangeHook } from 'payload'

import { clientIp, hashIp } from '@/lib/requestIp'
import type { Comment } from '@/payload-types'

/** Runs after field access has dropped any `ipHash` the caller sent, so only ours is stored. */
export const hashCommenterIp: CollectionBeforeChangeHook<Comment> = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const ip = req.headers ? clientIp(req.headers) : null
  return { ...data, ipHash: ip ? hashIp(ip, req.payload.secret) : null }
}
