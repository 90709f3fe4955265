import type { CollectionBeforeChangeHook } from 'payload'

import { manuscriptWordCount } from '@/lib/manuscripts/wordCount'
import type { Submission } from '@/payload-types'

/** Counts the manuscript's words whenever a file arrives, so editors see it against the length the guidelines ask. */
export const countManuscriptWords: CollectionBeforeChangeHook<Submission> = async ({
  data,
  req,
}) => {
  if (!req.file?.data) return data
  const words = await manuscriptWordCount(req.file.data, data.mimeType ?? req.file.mimetype)
  return { ...data, wordCount: words ?? null }
}
