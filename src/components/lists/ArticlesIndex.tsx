import { ArticleList } from '@/components/ArticleList'
import { listHref } from '@/components/Pagination'
import { SiteFrame } from '@/components/SiteFrame'
import { ARTICLE_KINDS } from '@/fields/options'
import { localePath, type Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { pageMetadata } from '@/lib/pageMetadata'
import { listArticles } from '@/lib/queries'
import type { PageContent } from '@/components/page/readingPage'
import type { Article } from '@/payload-types'

export const articleKindFrom = (value: string | undefined) =>
  ARTICLE_KINDS.some((kind) => kind.value === value) ? (value as Article['kind']) : undefined

/** `/articles` (and `?kind=`, `?page=`): every published article, newest first, optionally one kind, a page at a time. */
export async function articlesPage(
  locale: Locale,
  kind: Article['kind'] | undefined,
  page: number,
): Promise<PageContent> {
  const t = messagesFor(locale)
  return {
    head: pageMetadata({ locale, path: '/articles', title: kind ? t.kinds[kind] : t.nav.articles }),
    body: <ArticlesIndex locale={locale} kind={kind} page={page} />,
  }
}

async function ArticlesIndex({
  locale,
  kind,
  page,
}: {
  locale: Locale
  kind?: Article['kind']
  page: number
}) {
  const t = messagesFor(locale)
  const result = await listArticles(locale, {
    page,
    where: kind ? { kind: { equals: kind } } : undefined,
  })
  const basePath = localePath(locale, '/articles')

  return (
    <SiteFrame locale={locale} path="/articles">
      <h1>{kind ? t.kinds[kind] : t.nav.articles}</h1>
      <nav aria-label={t.filterByKind} className="kind-filter">
        <ul>
          <li>
            <a href={basePath} aria-current={kind ? undefined : 'page'}>
              {t.allKinds}
            </a>
          </li>
          {ARTICLE_KINDS.map((option) => (
            <li key={option.value}>
              <a
                href={listHref(basePath, 1, { kind: option.value })}
                aria-current={kind === option.value ? 'page' : undefined}
              >
                {t.kinds[option.value as Article['kind']]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ArticleList
        locale={locale}
        result={result}
        basePath={basePath}
        query={{ kind }}
        headingLevel="h2"
      />
    </SiteFrame>
  )
}
