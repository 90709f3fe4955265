import { ArticleCard } from '@/components/ArticleCard'
import { SiteFrame } from '@/components/SiteFrame'
import { NewsletterSignup, offerOf } from '@/components/newsletter/NewsletterSignup'
import { JsonLd } from '@/components/JsonLd'
import { localePath } from '@/i18n/config'
import { absoluteUrl } from '@/lib/config/site'
import { messagesFor } from '@/i18n/messages'
import { readingPage } from '@/components/page/readingPage'
import { pageMetadata } from '@/lib/pageMetadata'
import { lexicalToPlainText, summary } from '@/lib/lexicalText'
import { getPage } from '@/lib/pageQueries'
import { getSettings, listArticles, listTopics } from '@/lib/queries'

/** Rendered on the first visit, then served from the page cache until content changes (src/lib/revalidate.ts). */
export const dynamic = 'force-static'
export const generateStaticParams = () => []

export const GET = readingPage(async (locale) => {
  const t = messagesFor(locale)
  const [settings, latest, topics, about] = await Promise.all([
    getSettings(locale),
    listArticles(locale, { limit: 7 }),
    listTopics(locale),
    getPage(locale, 'about'),
  ])
  // The About page's introduction, else the start of its first text block.
  const firstText = about?.layout?.find((block) => block.blockType === 'richText')
  const aboutText =
    about?.intro || (firstText ? summary(lexicalToPlainText(firstText.content)) : undefined)
  const [featured, ...rest] = latest.docs

  const head = pageMetadata({
    locale,
    path: '/',
    title: settings.siteName,
    absoluteTitle: true,
    description: settings.tagline,
  })
  const body = (
    <SiteFrame locale={locale} path="/">
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'WebSite',
          name: settings.siteName,
          url: absoluteUrl(locale, '/'),
          potentialAction: {
            '@type': 'SearchAction',
            target: `${absoluteUrl(locale, '/search')}?q={query}`,
            'query-input': 'required name=query',
          },
        }}
      />
      <h1 className="visually-hidden">{settings.siteName}</h1>
      {settings.tagline && <p className="home-tagline">{settings.tagline}</p>}

      {featured ? (
        <section aria-labelledby="featured-heading" className="home-featured">
          <h2 id="featured-heading" className="section-heading">
            {t.featured}
          </h2>
          <ArticleCard article={featured} locale={locale} featured />
        </section>
      ) : (
        <p>{t.noArticles}</p>
      )}

      <div className="home-columns">
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading" className="section-heading">
            {t.latest}
          </h2>
          <div className="card-list">
            {rest.map((article) => (
              <ArticleCard key={article.id} article={article} locale={locale} />
            ))}
          </div>
          <p>
            <a className="more-link" href={localePath(locale, '/articles')}>
              {t.allArticles} →
            </a>
          </p>
        </section>

        <aside className="home-aside">
          <section className="call-to-action" aria-labelledby="cta-heading">
            <h2 id="cta-heading">{t.becomeAnalyst}</h2>
            <p>{t.becomeAnalystLead}</p>
            <a className="button" href={localePath(locale, '/submit')}>
              {t.readGuidelines}
            </a>
          </section>

          <NewsletterSignup locale={locale} offered={offerOf(topics, [])} />

          {topics.length > 0 && (
            <section aria-labelledby="topics-heading">
              <h2 id="topics-heading" className="section-heading">
                {t.topics}
              </h2>
              <ul className="topic-list">
                {topics.map((topic) => (
                  <li key={topic.id}>
                    <a href={localePath(locale, `/topics/${topic.slug}`)}>{topic.name}</a>
                  </li>
                ))}
              </ul>
            </section>
          )}

          {aboutText && (
            <section aria-labelledby="about-heading" className="home-about">
              <h2 id="about-heading" className="section-heading">
                {t.nav.about}
              </h2>
              <p>{aboutText}</p>
              <a href={localePath(locale, '/about')}>{t.nav.about} →</a>
            </section>
          )}
        </aside>
      </div>
    </SiteFrame>
  )
  return { head, body }
})
