import { Byline } from '@/components/Byline'
import { FormattedDate } from '@/components/FormattedDate'
import { Highlight } from '@/components/Highlight'
import { Pagination } from '@/components/Pagination'
import { localePath, type Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import type { SearchResult } from '@/lib/search'
import { searchHref, type SearchRequest } from '@/lib/search/request'

type Props = { locale: Locale; basePath: string; request: SearchRequest; found: SearchResult }

/** Matching people and topics first, then the articles with the matched words marked. */
export function SearchResults({ locale, basePath, request, found }: Props) {
  const t = messagesFor(locale)
  const query = Object.fromEntries(new URL(searchHref(basePath, request), 'http://x').searchParams)
  return (
    <div className="search-main">
      {found.people.length > 0 && (
        <section className="search-also">
          <h2>{t.search.people}</h2>
          <ul>
            {found.people.map((person) => (
              <li key={person.id}>
                <a href={localePath(locale, `/authors/${person.slug}`)}>
                  <Highlight text={person.name} matches={found.matches} />
                </a>
                {person.headline && <span className="meta"> · {person.headline}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {found.topics.length > 0 && (
        <section className="search-also">
          <h2>{t.search.topics}</h2>
          <ul className="search-also__topics">
            {found.topics.map((topic) => (
              <li key={topic.id}>
                <a href={localePath(locale, `/topics/${topic.slug}`)}>
                  <Highlight text={topic.name} matches={found.matches} />
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ol className="search-results">
        {found.results.map(({ article, excerpt }) => (
          <li key={article.id}>
            <p className="kicker">{t.kinds[article.kind]}</p>
            <h2 className="card__title">
              <a href={localePath(locale, `/articles/${article.slug}`)}>
                <Highlight text={article.title} matches={found.matches} />
              </a>
            </h2>
            <p>
              <Highlight text={article.standfirst} matches={found.matches} />
            </p>
            {excerpt && (
              <p className="search-results__excerpt">
                <Highlight text={excerpt} matches={found.matches} />
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
        query={query}
      />
    </div>
  )
}
