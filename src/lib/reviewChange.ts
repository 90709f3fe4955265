/**
 * What a draft in the review queue would change on the site: a new article, a new translation of a
 * live one, a correction or another update, and where to compare it with the live version (the
 * admin's version view, in the language under review). Read as the editor, with their access.
 */
import type { Payload, Where } from 'payload'

import { DEFAULT_LOCALE, isLocale, type Locale } from '@/i18n/config'
import type { Article } from '@/payload-types'

export type ChangeKind = 'new-article' | 'new-translation' | 'correction' | 'update'

export type ReviewChange = { kind: ChangeKind; language: Locale; compareUrl?: string }

type Queued = Pick<Article, 'id' | 'reviewLocale'>

export async function describeChange(
  payload: Payload,
  user: unknown,
  article: Queued,
): Promise<ReviewChange> {
  const language = isLocale(article.reviewLocale) ? article.reviewLocale : DEFAULT_LOCALE
  const versions = (where: Where) =>
    payload.findVersions({
      collection: 'articles',
      where: { and: [{ parent: { equals: article.id } }, where] },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      locale: language,
      fallbackLocale: false,
      select: { version: { title: true, correctionNote: true } },
      user,
      overrideAccess: false,
    })
  const [live, latest] = await Promise.all([
    versions({ 'version._status': { equals: 'published' } }),
    versions({ latest: { equals: true } }),
  ])
  const published = live.docs[0]
  if (!published) return { kind: 'new-article', language }
  const draft = latest.docs[0]
  const compareUrl = draft
    ? `/admin/collections/articles/${article.id}/versions/${draft.id}?${new URLSearchParams({
        versionFrom: String(published.id),
        localeCodes: JSON.stringify([language]),
      })}`
    : undefined
  const kind: ChangeKind = !published.version.title
    ? 'new-translation'
    : draft?.version.correctionNote?.trim()
      ? 'correction'
      : 'update'
  return { kind, language, compareUrl }
}
