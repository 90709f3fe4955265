import { localePath, type Locale } from '@/i18n/config'
import { pageMetadata, type PageHead } from '@/lib/pageMetadata'

import { getArticle } from '@/lib/queries'
import { publishedLanguages } from '@/lib/translations'
import type { Article, Author, User } from '@/payload-types'

export const authorsOf = (article: Article) =>
  (article.authors ?? []).filter(
    (author): author is Author => typeof author === 'object' && author !== null,
  )

/**
 * The article behind /articles/[slug]: published, or with `previewer` (a signed-in staff member,
 * src/access/preview.ts) that person's view of its latest draft. Null when there is none to show.
 */
export async function loadArticle(locale: Locale, slug: string, previewer?: User) {
  const article = await getArticle(locale, slug, previewer ? { user: previewer } : null)
  if (!article) return null
  // A draft preview shows the draft's own text in every language.
  const languages = previewer ? undefined : await publishedLanguages('articles', slug)
  return {
    locale,
    slug,
    article,
    preview: Boolean(previewer),
    languages,
    translated: !languages || languages.includes(locale),
  }
}

export type LoadedArticle = NonNullable<Awaited<ReturnType<typeof loadArticle>>>

export function articleMetadata({ locale, slug, article, languages }: LoadedArticle): PageHead {
  const path = `/articles/${slug}`
  const hero = typeof article.heroImage === 'object' ? article.heroImage : null
  const metaImage = typeof article.meta?.image === 'object' ? article.meta.image : null
  const image = metaImage ?? hero
  return pageMetadata({
    locale,
    path,
    title: article.meta?.title || article.title,
    description: article.meta?.description || article.standfirst,
    languages,
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
