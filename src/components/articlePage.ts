import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'

import { localePath } from '@/i18n/config'
import { localeOf, pageMetadata } from '@/lib/pageMetadata'

import { previewUser } from '@/access/preview'
import { getArticle, isTranslated } from '@/lib/queries'
import type { Article, Author } from '@/payload-types'

export const authorsOf = (article: Article) =>
  (article.authors ?? []).filter(
    (author): author is Author => typeof author === 'object' && author !== null,
  )

/** The article behind /articles/[slug]: published, or in draft preview the signed-in user's view of it. */
export async function loadArticle(params: Promise<{ locale: string; slug: string }>) {
  const locale = await localeOf(params)
  const { slug } = await params
  const { isEnabled: preview } = await draftMode()
  const user = preview ? await previewUser() : null
  const article = await getArticle(locale, slug, user ? { user } : null)
  if (!article) notFound()
  return {
    locale,
    slug,
    article,
    preview: Boolean(user),
    translated: user ? true : await isTranslated(locale, slug),
  }
}

export function articleMetadata({
  locale,
  slug,
  article,
  translated,
}: Awaited<ReturnType<typeof loadArticle>>): Metadata {
  const path = `/articles/${slug}`
  const hero = typeof article.heroImage === 'object' ? article.heroImage : null
  const metaImage = typeof article.meta?.image === 'object' ? article.meta.image : null
  const image = metaImage ?? hero
  return pageMetadata({
    locale,
    path,
    title: article.meta?.title || article.title,
    description: article.meta?.description || article.standfirst,
    translated,
    type: 'article',
    publishedTime: article.publishedAt,
    authors: authorsOf(article).map((author) => author.name),
    image: image?.url
      ? { url: image.url, width: image.width, height: image.height, alt: image.alt }
      : {
          url: `${localePath(locale, path)}/card.png`,
          width: 1200,
          height: 630,
          alt: article.title,
        },
  })
}
