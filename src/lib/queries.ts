/**
 * Everything the public site reads, in one place. Every query acts for the visitor: anonymous
 * (or, in draft preview, the signed-in staff member) with `overrideAccess: false`, so access
 * rules decide what is public and drafts can never leak into a page.
 */
import type { Where } from 'payload'
import { cache } from 'react'

import type { Locale } from '@/i18n/config'
import type { Article, User } from '@/payload-types'

import { approvedCommentCounts } from './comments'
import { linkPopulate } from './navigation'
import { getPayloadClient } from './payload'
import { idOf } from './relations'

export const PAGE_SIZE = 10

const published: Where = { _status: { equals: 'published' } }

/** What a list of articles needs of each one (not the body). */
export const cardSelect = {
  title: true,
  slug: true,
  kind: true,
  standfirst: true,
  publishedAt: true,
  authors: true,
  topics: true,
  heroImage: true,
} as const

/** Payload computes an image's `url` from its filename, so both must be selected. */
export const mediaPopulate = {
  url: true,
  filename: true,
  mimeType: true,
  alt: true,
  width: true,
  height: true,
  sizes: true,
  credit: true,
} as const

export const cardPopulate = {
  authors: { name: true, slug: true },
  topics: { name: true, slug: true },
  media: mediaPopulate,
} as const

export type ArticleCard = Pick<Article, keyof typeof cardSelect | 'id'> & { commentCount?: number }

/** The settings, with the logos and the menus' targets (their title and slug) populated. */
export const getSettings = cache(async (locale: Locale) => {
  const payload = await getPayloadClient()
  return payload.findGlobal({
    slug: 'site-settings',
    locale,
    depth: 1,
    populate: { ...linkPopulate, media: mediaPopulate },
    overrideAccess: false,
  })
})

export async function listArticles(
  locale: Locale,
  { page = 1, where, limit = PAGE_SIZE }: { page?: number; where?: Where; limit?: number } = {},
) {
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection: 'articles',
    locale,
    where: where ? { and: [published, where] } : published,
    sort: '-publishedAt',
    page,
    limit,
    depth: 1,
    select: cardSelect,
    populate: cardPopulate,
    overrideAccess: false,
  })
  const counts = await approvedCommentCounts(result.docs.map((doc) => doc.id))
  return {
    ...result,
    docs: result.docs.map((doc): ArticleCard => ({
      ...doc,
      commentCount: counts.get(String(doc.id)) ?? 0,
    })),
  }
}

/** The article at a slug; in draft preview, its latest draft as the signed-in user may see it. */
export const getArticle = cache(
  async (locale: Locale, slug: string, preview?: { user: User } | null) => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'articles',
      locale,
      fallbackLocale: 'en',
      where: preview
        ? { slug: { equals: slug } }
        : { and: [published, { slug: { equals: slug } }] },
      draft: Boolean(preview),
      user: preview?.user,
      limit: 1,
      depth: 2,
      populate: {
        authors: { name: true, slug: true, headline: true, photo: true },
        topics: { name: true, slug: true },
        media: mediaPopulate,
      },
      overrideAccess: false,
    })
    return docs[0] ?? null
  },
)

export const listAuthors = cache(async (locale: Locale) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'authors',
    locale,
    sort: 'name',
    limit: 200,
    depth: 1,
    select: {
      name: true,
      slug: true,
      headline: true,
      affiliation: true,
      expertise: true,
      photo: true,
      team: true,
      teamOrder: true,
    },
    populate: {
      topics: { name: true, slug: true },
      media: mediaPopulate,
      teams: { name: true, slug: true, description: true, order: true },
    },
    overrideAccess: false,
  })
  return docs
})

export const getAuthor = cache(async (locale: Locale, slug: string) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'authors',
    locale,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    populate: {
      topics: { name: true, slug: true },
      media: mediaPopulate,
      teams: { name: true, slug: true },
    },
    overrideAccess: false,
  })
  return docs[0] ?? null
})

export const listTopics = cache(async (locale: Locale) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'topics',
    locale,
    sort: 'name',
    limit: 200,
    depth: 0,
    select: { name: true, slug: true, description: true, updatedAt: true },
    overrideAccess: false,
  })
  return docs
})

export const getTopic = cache(async (locale: Locale, slug: string) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'topics',
    locale,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  return docs[0] ?? null
})

/** Published articles sharing a topic with this one, newest first. */
export async function relatedArticles(
  locale: Locale,
  article: Pick<Article, 'id' | 'topics'>,
  limit = 3,
) {
  const topicIds = (article.topics ?? []).map(idOf)
  if (topicIds.length === 0) return []
  const { docs } = await listArticles(locale, {
    limit,
    where: { and: [{ topics: { in: topicIds } }, { id: { not_equals: article.id } }] },
  })
  return docs
}
