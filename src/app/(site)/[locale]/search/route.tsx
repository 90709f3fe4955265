import { NoResults } from '@/components/search/NoResults'
import { SearchFacets } from '@/components/search/SearchFacets'
import { SearchResults } from '@/components/search/SearchResults'
import { SiteFrame } from '@/components/SiteFrame'
import { localePath } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { readingPage } from '@/components/page/readingPage'
import { pageMetadata } from '@/lib/pageMetadata'
import { MAX_QUERY_LENGTH, readSearchRequest, searchSite } from '@/lib/search'
import { KEEP_FOR_GENERATION } from '@/lib/pageCache/keep.mjs'

/**
 * Rendered per request: its results depend on the address. Each answer holds only published
 * content, so server.mjs may keep it until the next change readers can see (frontCache.mjs).
 */
export const dynamic = 'force-dynamic'

export const GET = readingPage(async (locale, _params, request) => {
  const t = messagesFor(locale)
  const basePath = localePath(locale, '/search')
  const read = readSearchRequest(new URL(request.url).searchParams)
  const searchRequest = 'request' in read ? read.request : null
  const q = searchRequest?.q ?? ''
  const found = searchRequest ? await searchSite(locale, searchRequest) : null

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
          {searchRequest?.sort === 'date' && <input type="hidden" name="sort" value="date" />}
          <button type="submit" className="button">
            {t.search.button}
          </button>
        </div>
      </form>

      {'error' in read && (
        <p role="alert">
          {read.error.field === 'q'
            ? t.search.tooLong(MAX_QUERY_LENGTH)
            : t.search.invalid(read.error.field)}
        </p>
      )}
      {searchRequest && !found && <p>{t.search.empty}</p>}
      {searchRequest && found && (
        <>
          <p>
            <span role="status">
              {found.total === 0 ? t.search.none(q) : t.search.results(found.total, q)}
            </span>
            {found.total > 0 && (
              <a className="search-jump" href="#refine">
                {t.search.refine} ↓
              </a>
            )}
          </p>
          {found.total === 0 && !found.people.length && !found.topics.length ? (
            <NoResults locale={locale} basePath={basePath} request={searchRequest} />
          ) : (
            <div className="search-layout">
              <SearchFacets
                locale={locale}
                basePath={basePath}
                request={searchRequest}
                found={found}
              />
              <SearchResults
                locale={locale}
                basePath={basePath}
                request={searchRequest}
                found={found}
              />
            </div>
          )}
        </>
      )}
    </SiteFrame>
  )
  return 'error' in read
    ? { head, body, status: 400 }
    : { head, body, headers: { [KEEP_FOR_GENERATION]: '1' } }
})
