import type { MetadataRoute } from 'next'

import { LOCALE_TAGS, LOCALES, type Locale } from '@/i18n/config'
import { isBuilding } from '@/lib/config/phase'
import { absoluteUrl } from '@/lib/config/site'
import { getPayloadClient } from '@/lib/payload'
import { listPublished } from '@/lib/translations'

/** Regenerated with the rest of the site when content changes (src/lib/revalidate.ts). */
export const dynamic = 'force-static'

type Entry = MetadataRoute.Sitemap[number]

const entry = (
  path: string,
  lastModified?: string | null,
  languages: readonly Locale[] = LOCALES,
): Entry => ({
  url: absoluteUrl('en', path),
  lastModified: lastModified ?? undefined,
  alternates: {
    languages: Object.fromEntries(
      languages.map((locale) => [LOCALE_TAGS[locale], absoluteUrl(locale, path)]),
    ),
  },
})

/**
 * Every public page once, in English, with its Azerbaijani and Russian alternates: for articles
 * and pages only the translations they really have (src/lib/translations.ts).
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  // `next build` prerenders this file (it has no segment to defer it by) but reads no content: the
  // page cache never serves what the build made, and the first request renders the real list.
  if (isBuilding()) return []
  const payload = await getPayloadClient()
  const common = { depth: 0, limit: 0, pagination: false, overrideAccess: false } as const
  const [articles, authors, topics, pages] = await Promise.all([
    listPublished('articles'),
    payload.find({ collection: 'authors', select: { slug: true, updatedAt: true }, ...common }),
    payload.find({ collection: 'topics', select: { slug: true, updatedAt: true }, ...common }),
    listPublished('pages'),
  ])
  const newest = articles
    .map((doc) => doc.updatedAt)
    .sort()
    .at(-1)
  return [
    entry('/', newest),
    entry('/articles', newest),
    entry('/authors'),
    entry('/submit'),
    ...pages.map((doc) => entry(`/${doc.slug}`, doc.updatedAt, doc.languages)),
    ...articles.map((doc) => entry(`/articles/${doc.slug}`, doc.updatedAt, doc.languages)),
    ...authors.docs.map((doc) => entry(`/authors/${doc.slug}`, doc.updatedAt)),
    ...topics.docs.map((doc) => entry(`/topics/${doc.slug}`, doc.updatedAt)),
  ]
}
