import { localePath, type Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import type { ArticleCard as ArticleCardData } from '@/lib/queries'

import { Byline } from './Byline'
import { FormattedDate } from './FormattedDate'
import { MediaImage } from './MediaImage'
import { TopicLinks } from './TopicLinks'

type Props = {
  article: ArticleCardData
  locale: Locale
  featured?: boolean
  headingLevel?: 'h2' | 'h3'
}

/** An article in a list: kind, title, standfirst, co-authors, date, topics and picture. */
export function ArticleCard({
  article,
  locale,
  featured = false,
  headingLevel: Heading = 'h3',
}: Props) {
  const t = messagesFor(locale)
  const href = localePath(locale, `/articles/${article.slug}`)
  return (
    <article className={featured ? 'card card--featured' : 'card'}>
      {article.heroImage && typeof article.heroImage === 'object' && (
        <a href={href} className="card__image" tabIndex={-1} aria-hidden="true">
          <MediaImage
            media={article.heroImage}
            sizes={
              featured ? '(min-width: 1100px) 1040px, 100vw' : '(min-width: 760px) 320px, 100vw'
            }
            priority={featured}
          />
        </a>
      )}
      <div className="card__text">
        <p className="kicker">{t.kinds[article.kind]}</p>
        <Heading className="card__title">
          <a href={href}>{article.title}</a>
        </Heading>
        <p className="card__standfirst">{article.standfirst}</p>
        <p className="meta">
          <Byline authors={article.authors} locale={locale} />
          {' · '}
          <FormattedDate value={article.publishedAt} locale={locale} />
          {article.commentCount ? (
            <>
              {' · '}
              <a href={`${href}#comments`}>{t.comment.count(article.commentCount)}</a>
            </>
          ) : null}
        </p>
        <TopicLinks topics={article.topics} locale={locale} />
      </div>
    </article>
  )
}
