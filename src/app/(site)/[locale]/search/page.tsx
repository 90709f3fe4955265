import type { Metadata } from 'next'

import { Byline } from '@/components/Byline'
import { FormattedDate } from '@/components/FormattedDate'
import { Highlight } from '@/components/Highlight'
import { Pagination, pageFromQuery } from '@/components/Pagination'
import { SiteFrame } from '@/components/SiteFrame'
import { localePath } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { localeOf, pageMetadata } from '@/lib/pageMetadata'
import { MAX_QUERY_LENGTH, searchArticles } from '@/lib/search'

/**
 * Rendered per request: its results depend on `?q=` and `?page=`. Said here because no page is prerendered by
 * `next build` any more ([locale]/layout.tsx), so the build cannot find it out by itself.
 */
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ q?: string | string[]; page?: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  // Result pages are not worth indexing; the search box is.
  return {
    ...pageMetadata({ locale, path: '/search', title: messagesFor(locale).search.title }),
    robots: { index: false },
  }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await localeOf(params)
  const t = messagesFor(locale)
  const query = await searchParams
  const q = (Array.isArray(query.q) ? query.q[0] : (query.q ?? '')).trim()
  const tooLong = q.length > MAX_QUERY_LENGTH
  const found = q && !tooLong ? await searchArticles(locale, q, pageFromQuery(query.page)) : null
  const basePath = localePath(locale, '/search')

  return (
    <SiteFrame locale={locale} path="/search">
      <h1>{t.search.title}</h1>
      <form action={basePath} method="get" role="search" className="search-form">
        <label htmlFor="search-q">{t.search.label}</label>
        <div className="search-form__row">
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={q.slice(0, MAX_QUERY_LENGTH)}
            maxLength={MAX_QUERY_LENGTH}
          />
          <button type="submit" className="button">
            {t.search.button}
          </button>
        </div>
      </form>

      {!q && <p>{t.search.empty}</p>}
      {tooLong && <p role="alert">{t.search.tooLong(MAX_QUERY_LENGTH)}</p>}
      {found && (
        <>
          <p role="status">
            {found.total === 0 ? t.search.none(q) : t.search.results(found.total, q)}
          </p>
          <ol className="search-results">
            {found.results.map(({ article, excerpt }) => (
              <li key={article.id}>
                <p className="kicker">{t.kinds[article.kind]}</p>
                <h2 className="card__title">
                  <a href={localePath(locale, `/articles/${article.slug}`)}>
                    <Highlight text={article.title} terms={found.terms} />
                  </a>
                </h2>
                <p>
                  <Highlight text={article.standfirst} terms={found.terms} />
                </p>
                {excerpt && (
                  <p className="search-results__excerpt">
                    <Highlight text={excerpt} terms={found.terms} />
                  </p>
                )}
                <p className="meta">
                  <Byline authors={article.authors} locale={locale} /> ·{' '}
                  <FormattedDate value={article.publishedAt} locale={locale} />
                </p>
              </li>
            ))}
          </ol>
          <Pagination
            locale={locale}
            page={found.page}
            totalPages={found.totalPages}
            basePath={basePath}
            query={{ q }}
          />
        </>
      )}
    </SiteFrame>
  )
}
