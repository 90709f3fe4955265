/**
 * Which languages a published article or page really has: English always (the original), another
 * language once its translation is published. Pages in the others show the English text with a
 * notice, point search engines at the English page, and are left out of hreflang and the sitemap.
 */
import { cache } from 'react'

import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/i18n/config'

import { getPayloadClient } from './payload'

type Translatable = 'articles' | 'pages'

/** A document read with `locale: 'all'`: each localized field is an object by language. */
type AllLocales = { title?: unknown }

export const languagesOfTitle = ({ title }: AllLocales): Locale[] => {
  const byLocale = (title && typeof title === 'object' ? title : {}) as Partial<
    Record<Locale, unknown>
  >
  return LOCALES.filter((locale) => locale === DEFAULT_LOCALE || Boolean(byLocale[locale]))
}

/** The published languages of the article or page at a slug (English alone when there is none). */
export const publishedLanguages = cache(
  async (collection: Translatable, slug: string): Promise<Locale[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection,
      locale: 'all',
      where: { and: [{ _status: { equals: 'published' } }, { slug: { equals: slug } }] },
      select: { title: true },
      depth: 0,
      limit: 1,
      overrideAccess: false,
    })
    return docs[0] ? languagesOfTitle(docs[0] as AllLocales) : [DEFAULT_LOCALE]
  },
)

/** Every published document's slug, last change and languages, for the sitemap. */
export async function listPublished(collection: Translatable) {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection,
    locale: 'all',
    where: { _status: { equals: 'published' } },
    select: { slug: true, title: true, updatedAt: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: false,
  })
  return docs.map((doc) => ({
    slug: String(doc.slug),
    updatedAt: doc.updatedAt,
    languages: languagesOfTitle(doc as AllLocales),
  }))
}
