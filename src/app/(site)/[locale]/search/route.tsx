import { Byline } from '@/components/Byline'
import { FormattedDate } from '@/components/FormattedDate'
import { Highlight } from '@/components/Highlight'
import { Pagination, pageFromQuery } from '@/components/Pagination'
import { SiteFrame } from '@/components/SiteFrame'
import { localePath } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { readingPage } from '@/components/page/readingPage'
import { pageMetadata } from '@/lib/pageMetadata'
import { MAX_QUERY_LENGTH, searchArticles } from '@/lib/search'

/** Rendered per request: its results depend on `?q=` and `?page=`. */
export const dynamic = 'force-dynamic'

export const GET = readingPage(async (locale, _params, request) => {
  const t = messagesFor(locale)
  const query = new URL(request.url).searchParams
  const q = (query.get('q') ?? '').trim()
  const tooLong = q.length > MAX_QUERY_LENGTH
  const found =
    q && !tooLong
      ? await searchArticles(locale, q, pageFromQuery(query.get('page') ?? undefined))
      : null
  const basePath = localePath(locale, '/search')

  // Result pages are not worth indexing; the search box is.
  const head = pageMetadata({ locale, path: '/search', title: t.search.title, noindex: true })
  const body = (
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
  return { head, body }
})
