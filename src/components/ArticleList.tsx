import type { PaginatedDocs } from 'payload'

import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import type { ArticleCard as ArticleCardData } from '@/lib/queries'

import { ArticleCard } from './ArticleCard'
import { Pagination } from './Pagination'

/** A page of article cards with its pagination, or the empty state. */
export function ArticleList({
  locale,
  result,
  basePath,
  query,
  headingLevel,
}: {
  locale: Locale
  result: PaginatedDocs<ArticleCardData>
  basePath: string
  query?: Record<string, string | undefined>
  headingLevel?: 'h2' | 'h3'
}) {
  if (result.docs.length === 0) return <p>{messagesFor(locale).noArticles}</p>
  return (
    <>
      <div className="card-list">
        {result.docs.map((article) => (
          <ArticleCard
            key={article.id}
            article={article}
            locale={locale}
            headingLevel={headingLevel}
          />
        ))}
      </div>
      <Pagination
        locale={locale}
        page={result.page ?? 1}
        totalPages={result.totalPages}
        basePath={basePath}
        query={query}
      />
    </>
  )
}
