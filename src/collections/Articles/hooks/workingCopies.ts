import { APIError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { canAlways } from '@/access/gate'
import { isLocale, type Locale } from '@/i18n/config'

const PUBLISHED_LOCALES = 'articles:publishedLocales'

/**
 * A user who may update only a scope of articles (an intern, on the ones they co-author) works on
 * a copy: a write of theirs, on REST, GraphQL, the Local API, a bulk update or a version restore,
 * must be a draft save (a new version, which readers never see), so a live article changes only
 * when an editor publishes. Anything else is refused with 403 before it is read. Publishing a
 * draft is refused by guardInternChanges.
 */
export const keepWritesInWorkingCopies: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  if (!req.user || canAlways(req.user, 'articles', 'update')) return args
  if ((operation === 'update' || operation === 'restoreVersion') && !args.draft) {
    throw new APIError(
      'Save your changes as a draft (draft=true): an editor publishes them.',
      403,
      undefined,
      true,
    )
  }
  // "Publish in …" is an editor's: without it the draft is saved whole, as the intern wrote it.
  return operation === 'update' ? { ...args, publishSpecificLocale: undefined } : args
}

/**
 * Which languages a publication makes live: one with "Publish in …" (`publishSpecificLocale`),
 * otherwise all. The hooks see only the request's locale, so the operation says it here.
 */
export const rememberPublishedLocales: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  if (operation === 'update') {
    const only = (args as { publishSpecificLocale?: unknown }).publishSpecificLocale
    req.context[PUBLISHED_LOCALES] = typeof only === 'string' && isLocale(only) ? [only] : 'all'
  }
  return args
}

/** The languages the current publication makes live (rememberPublishedLocales). */
export const publishedLocalesOf = (req: PayloadRequest): Locale[] | 'all' => {
  const value = req.context[PUBLISHED_LOCALES]
  return Array.isArray(value) ? (value as Locale[]) : 'all'
}
