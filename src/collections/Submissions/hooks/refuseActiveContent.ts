import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { findActiveContent } from '@/lib/manuscripts/activeContent'
import type { Submission } from '@/payload-types'

/** A manuscript carrying scripts, macros or a second format is refused (400 naming the file) before it is stored. */
export const refuseActiveContent: CollectionBeforeValidateHook<Submission> = async ({
  data,
  req,
  collection,
}) => {
  if (!req.file?.data) return data
  const reason = await findActiveContent(req.file.data, data?.mimeType ?? req.file.mimetype)
  if (reason)
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ message: reason, path: 'file' }],
      req,
    })
  return data
}
