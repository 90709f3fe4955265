import type { Metadata } from 'next'
import Link from 'next/link'

import { ArticleList } from '@/components/ArticleList'
import { listHref, pageFromQuery } from '@/components/Pagination'
import { SiteFrame } from '@/components/SiteFrame'
import { ARTICLE_KINDS } from '@/fields/options'
import { localePath } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { localeOf, pageMetadata } from '@/i18n/page'
import { listArticles } from '@/lib/queries'
import type { Article } from '@/payload-types'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ page?: string; kind?: string }>
}

const kindFrom = (value: string | undefined) =>
  ARTICLE_KINDS.some((kind) => kind.value === value) ? (value as Article['kind']) : undefined

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  return pageMetadata({ locale, path: '/articles', title: messagesFor(locale).nav.articles })
}

export default async function ArticlesPage({ params, searchParams }: Props) {
  const locale = await localeOf(params)
  const query = await searchParams
  const t = messagesFor(locale)
  const page = pageFromQuery(query.page)
  const kind = kindFrom(query.kind)
  const result = await listArticles(locale, { page, where: kind ? { kind: { equals: kind } } : undefined })
  const basePath = localePath(locale, '/articles')

  return (
    <SiteFrame locale={locale} path="/articles">
      <h1>{kind ? t.kinds[kind] : t.nav.articles}</h1>
      <nav aria-label={t.filterByKind} className="kind-filter">
        <ul>
          <li>
            <Link href={basePath} aria-current={kind ? undefined : 'page'}>
              {t.allKinds}
            </Link>
          </li>
          {ARTICLE_KINDS.map((option) => (
            <li key={option.value}>
              <Link href={listHref(basePath, 1, { kind: option.value })} aria-current={kind === option.value ? 'page' : undefined}>
                {t.kinds[option.value as Article['kind']]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ArticleList locale={locale} result={result} basePath={basePath} query={{ kind }} headingLevel="h2" />
    </SiteFrame>
  )
}
