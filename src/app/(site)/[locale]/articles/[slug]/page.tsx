import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { ArticleCard } from '@/components/ArticleCard'
import { Byline } from '@/components/Byline'
import { CiteBox } from '@/components/CiteBox'
import { FormattedDate } from '@/components/FormattedDate'
import { JsonLd } from '@/components/JsonLd'
import { MediaImage } from '@/components/MediaImage'
import { PreviewBanner } from '@/components/PreviewBanner'
import { Endnotes, RichText, collectFootnotes } from '@/components/RichText'
import { ShareLinks } from '@/components/ShareLinks'
import { SiteFrame } from '@/components/SiteFrame'
import { TopicLinks } from '@/components/TopicLinks'
import { absoluteUrl, localePath, type Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { localeOf, pageMetadata } from '@/i18n/page'
import { lexicalToPlainText, readingMinutes } from '@/lib/lexicalText'
import { previewUser } from '@/lib/preview'
import { getArticle, getSettings, isTranslated, relatedArticles } from '@/lib/queries'
import type { Article, Author } from '@/payload-types'

type Props = { params: Promise<{ locale: string; slug: string }> }

/** Rendered on first visit and cached until an editor changes something (see src/lib/revalidate.ts). */
export const generateStaticParams = () => []

async function load(params: Props['params']) {
  const locale = await localeOf(params)
  const { slug } = await params
  const { isEnabled: preview } = await draftMode()
  const user = preview ? await previewUser() : null
  const article = await getArticle(locale, slug, user ? { user } : null)
  if (!article) notFound()
  return { locale, slug, article, preview: Boolean(user), translated: user ? true : await isTranslated(locale, slug) }
}

const authorsOf = (article: Article) =>
  (article.authors ?? []).filter((author): author is Author => typeof author === 'object' && author !== null)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, article, translated } = await load(params)
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
      : { url: `${localePath(locale, path)}/card.png`, width: 1200, height: 630, alt: article.title },
  })
}

function structuredData(article: Article, locale: Locale, siteName: string, url: string) {
  const hero = typeof article.heroImage === 'object' ? article.heroImage : null
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: article.title,
      description: article.standfirst,
      inLanguage: locale,
      datePublished: article.publishedAt,
      dateModified: article.updatedAt,
      mainEntityOfPage: url,
      url,
      image: hero?.url ? [new URL(hero.url, url).toString()] : undefined,
      author: authorsOf(article).map((author) => ({
        '@type': 'Person',
        name: author.name,
        url: absoluteUrl(locale, `/authors/${author.slug}`),
      })),
      publisher: { '@type': 'Organization', name: siteName, url: absoluteUrl(locale, '/') },
    },
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: siteName, item: absoluteUrl(locale, '/') },
        { '@type': 'ListItem', position: 2, name: messagesFor(locale).nav.articles, item: absoluteUrl(locale, '/articles') },
        { '@type': 'ListItem', position: 3, name: article.title, item: url },
      ],
    },
  ]
}

export default async function ArticlePage({ params }: Props) {
  const { locale, slug, article, preview, translated } = await load(params)
  const t = messagesFor(locale)
  const settings = await getSettings(locale)
  const url = absoluteUrl(locale, `/articles/${slug}`)
  const authors = authorsOf(article)
  const footnotes = collectFootnotes(article.body)
  const related = preview ? [] : await relatedArticles(locale, article)

  return (
    <SiteFrame locale={locale} path={`/articles/${slug}`}>
      {preview && <PreviewBanner locale={locale} />}
      {structuredData(article, locale, settings.siteName, url).map((data, index) => (
        <JsonLd key={index} data={data} />
      ))}
      <article className="article" lang={translated ? undefined : 'en'}>
        {!translated && (
          <p className="notice" lang={locale}>
            {t.translationMissing}
          </p>
        )}
        <header className="article__header">
          <p className="kicker">{t.kinds[article.kind]}</p>
          <h1>{article.title}</h1>
          <p className="standfirst">{article.standfirst}</p>
          <p className="meta">
            {t.by} <Byline authors={article.authors} locale={locale} />
          </p>
          <p className="meta">
            <FormattedDate value={article.publishedAt} locale={locale} />
            {' · '}
            {t.minutesRead(readingMinutes(lexicalToPlainText(article.body)))}
          </p>
          <TopicLinks topics={article.topics} locale={locale} />
        </header>

        {typeof article.heroImage === 'object' && article.heroImage && (
          <figure className="article__hero">
            <MediaImage media={article.heroImage} sizes="(min-width: 1100px) 1040px, 100vw" priority />
            {article.heroImage.credit && <figcaption>{article.heroImage.credit}</figcaption>}
          </figure>
        )}

        <RichText data={article.body} footnotes={footnotes} className="prose" />
        <Endnotes footnotes={footnotes} heading={t.notes} backLabel={t.backToText} />
        {article.note && <p className="article__note">{article.note}</p>}

        <section className="about-authors" aria-labelledby="about-authors-heading">
          <h2 id="about-authors-heading">{t.aboutTheAuthors}</h2>
          <ul>
            {authors.map((author) => (
              <li key={author.id}>
                <Link href={localePath(locale, `/authors/${author.slug}`)}>{author.name}</Link>
                {author.headline && <span> — {author.headline}</span>}
              </li>
            ))}
          </ul>
        </section>

        <CiteBox
          locale={locale}
          citation={{
            title: article.title,
            authors,
            publishedAt: article.publishedAt ?? article.createdAt,
            publisher: settings.siteName,
            url,
          }}
        />
        <ShareLinks url={url} title={article.title} locale={locale} />
      </article>

      <section id="comments" className="comments" aria-labelledby="comments-heading">
        <h2 id="comments-heading">{t.comments}</h2>
        <p>{t.commentsSoon}</p>
      </section>

      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="related">
          <h2 id="related-heading" className="section-heading">
            {t.related}
          </h2>
          <div className="card-grid">
            {related.map((item) => (
              <ArticleCard key={item.id} article={item} locale={locale} />
            ))}
          </div>
        </section>
      )}
    </SiteFrame>
  )
}
