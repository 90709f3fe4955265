import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'

type Props = {
  locale: Locale
  page: number
  totalPages: number
  /** The list's address, and any other parameters the page links must keep (e.g. `kind`). */
  basePath: string
  query?: Record<string, string | undefined>
}

/** The address of a page of a list: `?page=` only from page 2 on, so page 1 has one URL. */
export function listHref(
  basePath: string,
  page: number,
  query: Record<string, string | undefined> = {},
): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) if (value) search.set(key, value)
  if (page > 1) search.set('page', String(page))
  const qs = search.toString()
  return qs ? `${basePath}?${qs}` : basePath
}

export function Pagination({ locale, page, totalPages, basePath, query }: Props) {
  if (totalPages <= 1) return null
  const t = messagesFor(locale)
  const hrefFor = (n: number) => listHref(basePath, n, query)
  return (
    <nav className="pagination" aria-label={t.pagination}>
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev">
          ← {t.previous}
        </a>
      ) : (
        <span />
      )}
      <span>{t.pageOf(page, totalPages)}</span>
      {page < totalPages ? (
        <a href={hrefFor(page + 1)} rel="next">
          {t.next} →
        </a>
      ) : (
        <span />
      )}
    </nav>
  )
}

/** `?page=` as a positive integer; anything else means page 1. */
export function pageFromQuery(value: string | string[] | undefined): number {
  const page = Number(Array.isArray(value) ? value[0] : value)
  return Number.isInteger(page) && page > 0 && page < 10_000 ? page : 1
}
