/**
 * The think tank's own pages (src/collections/Pages), read like everything else the public site
 * reads (src/lib/queries.ts): for the visitor, with `overrideAccess: false`, so a draft never shows
 * (in draft preview, as the signed-in staff member).
 */
import { cache } from 'react'

import type { Locale } from '@/i18n/config'
import type { User } from '@/payload-types'

import { linkPopulate } from './navigation'
import { getPayloadClient } from './payload'
import { mediaPopulate } from './queries'

type PageQuery = {
  /** In draft preview: the signed-in staff member, who sees the latest draft. */
  previewer?: User | null
}

/** The published page at a slug in a language (untranslated texts in English), or null. */
export const getPage = cache(async (locale: Locale, slug: string, query: PageQuery = {}) => {
  const { previewer } = query
  const payload = await getPayloadClient()
  const bySlug = { slug: { equals: slug } }
  const { docs } = await payload.find({
    collection: 'pages',
    locale,
    fallbackLocale: 'en',
    where: previewer ? bySlug : { and: [{ _status: { equals: 'published' } }, bySlug] },
    draft: Boolean(previewer),
    user: previewer ?? undefined,
    limit: 1,
    // Blocks point at images, teams, topics, authors and other pages: one level is all they show.
    depth: 1,
    populate: { ...linkPopulate, media: mediaPopulate, teams: { name: true, slug: true } },
    overrideAccess: false,
  })
  return docs[0] ?? null
})

export type SitePage = NonNullable<Awaited<ReturnType<typeof getPage>>>
export type PageBlock = NonNullable<SitePage['layout']>[number]
