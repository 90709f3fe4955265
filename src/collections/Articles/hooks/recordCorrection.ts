import type { CollectionBeforeChangeHook } from 'payload'

import { DEFAULT_LOCALE, isLocale } from '@/i18n/config'
import type { Article } from '@/payload-types'

/**
 * When an editor publishes a change with a correction note, the note joins the article's
 * correction log, dated and in the language of the text it corrects (the one being saved), and the
 * working copy's note is emptied for the next change. Only a live article can be corrected: on the
 * first publication a note is just dropped.
 */
export const recordCorrection: CollectionBeforeChangeHook<Article> = ({
  data,
  originalDoc,
  req,
}) => {
  if (data._status !== 'published') return data
  const note = data.correctionNote?.trim()
  if (!note) return data
  if (!originalDoc?.publishedAt) return { ...data, correctionNote: null }
  const language = isLocale(req.locale) ? req.locale : DEFAULT_LOCALE
  return {
    ...data,
    correctionNote: null,
    corrections: [
      ...(originalDoc.corrections ?? []),
      { date: new Date().toISOString(), language, note },
    ],
  }
}
