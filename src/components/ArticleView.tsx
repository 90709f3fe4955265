import { localePath, type Locale } from '@/i18n/config'
import { absoluteUrl } from '@/lib/config/site'
import { messagesFor } from '@/i18n/messages'
import type { CommentFormState } from '@/components/comments/formState'
import { lexicalToPlainText, readingMinutes } from '@/lib/lexicalText'
import { getSettings, relatedArticles } from '@/lib/queries'
import { authorsOf } from '@/components/articlePage'
import type { Article } from '@/payload-types'

import { ArticleCard } from './ArticleCard'
import { Byline } from './Byline'
import { CiteBox } from './CiteBox'
import { Corrections, correctionsOf } from './Corrections'
import { NewsletterSignup, offerOf } from './newsletter/NewsletterSignup'
import { CommentSection } from './comments/CommentSection'
import { FormattedDate } from './FormattedDate'
import { JsonLd } from './JsonLd'
import { MediaImage } from './MediaImage'
import { PreviewBanner } from './PreviewBanner'
import { Endnotes, RichText, collectFootnotes } from './RichText'
import { ShareLinks } from './ShareLinks'
import { SiteFrame } from './SiteFrame'
import { TopicLinks } from './TopicLinks'

type Correction = ReturnType<typeof correctionsOf>[number]

function structuredData(
  article: Article,
  locale: Locale,
  siteName: string,
  url: string,
  corrections: Correction[],
) {
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
      correction: corrections.length
        ? corrections.map((correction) => ({
            '@type': 'CorrectionComment',
            datePublished: correction.date,
            text: correction.note,
          }))
        : undefined,
    },
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: siteName, item: absoluteUrl(locale, '/') },
        {
          '@type': 'ListItem',
          position: 2,
          name: messagesFor(locale).nav.articles,
          item: absoluteUrl(locale, '/articles'),
        },
        { '@type': 'ListItem', position: 3, name: article.title, item: url },
      ],
    },
  ]
}

type Props = {
  locale: Locale
  slug: string
  article: Article
  preview: boolean
  translated: boolean
  /** Set when the page answers a comment form sent without JavaScript. */
  formState?: CommentFormState
}

/** The article page's content, shared by the cached page and its comment-form round trip. */
export async function ArticleView({
  locale,
  slug,
  article,
  preview,
  translated,
  formState,
}: Props) {
  const t = messagesFor(locale)
  const settings = await getSettings(locale)
  const url = absoluteUrl(locale, `/articles/${slug}`)
  const authors = authorsOf(article)
  const footnotes = collectFootnotes(article.body)
  const related = preview ? [] : await relatedArticles(locale, article)
  const corrections = correctionsOf(article, translated ? locale : 'en')

  return (
    <SiteFrame locale={locale} path={`/articles/${slug}`}>
      {preview && (
        <PreviewBanner locale={locale} publicPath={localePath(locale, `/articles/${slug}`)} />
      )}
      {structuredData(article, locale, settings.siteName, url, corrections).map((data, index) => (
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
            <MediaImage
              media={article.heroImage}
              sizes="(min-width: 1100px) 1040px, 100vw"
              priority
            />
            {article.heroImage.credit && <figcaption>{article.heroImage.credit}</figcaption>}
          </figure>
        )}

        <RichText data={article.body} footnotes={footnotes} className="prose" />
        <Endnotes footnotes={footnotes} heading={t.notes} backLabel={t.backToText} />
        {article.note && <p className="article__note">{article.note}</p>}
        <Corrections corrections={corrections} locale={locale} />

        <section className="about-authors" aria-labelledby="about-authors-heading">
          <h2 id="about-authors-heading">{t.aboutTheAuthors}</h2>
          <ul>
            {authors.map((author) => (
              <li key={author.id}>
                <a href={localePath(locale, `/authors/${author.slug}`)}>{author.name}</a>
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

      {!preview && (
        <NewsletterSignup
          locale={locale}
          offered={offerOf(
            (article.topics ?? []).filter((topic) => typeof topic === 'object'),
            authors,
          )}
        />
      )}

      {!preview && (
        <CommentSection
          locale={locale}
          siteName={settings.siteName}
          article={article}
          formState={formState}
        />
      )}

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
