import { LOCALE_NAMES, LOCALES, localePath, type Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { countMatches } from '@/lib/search'
import { parseQuery } from '@/lib/search/query'
import { searchHref, type SearchRequest } from '@/lib/search/request'

type Props = { locale: Locale; basePath: string; request: SearchRequest }

/** The most shorter queries offered: each leaves one part of the query out. */
const FEWER_WORDS = 3

/**
 * Nothing found: the same words in the site's other languages where they find something, the
 * query with one part left out where that does, and what else to try.
 */
export async function NoResults({ locale, basePath, request }: Props) {
  const t = messagesFor(locale)
  const others = await Promise.all(
    LOCALES.filter((other) => other !== locale).map(async (other) => ({
      other,
      count: await countMatches(other, request.q),
    })),
  )
  const parts = parseQuery(request.q)
  const shorter =
    parts.length > 1
      ? (
          await Promise.all(
            parts.slice(0, FEWER_WORDS).map(async (_, leftOut) => {
              const q = parts
                .filter((__, index) => index !== leftOut)
                .map((part) => (part.phrase ? `"${part.words.join(' ')}"` : part.words[0]))
                .join(' ')
              return { q, count: await countMatches(locale, q) }
            }),
          )
        ).filter(({ count }) => count > 0)
      : []
  const filtered = Object.values(request.filters).some((value) => value !== undefined)
  return (
    <div className="search-none">
      <ul>
        {filtered && (
          <li>
            <a href={searchHref(basePath, { ...request, filters: {} })}>{t.search.any}</a>
          </li>
        )}
        {others
          .filter(({ count }) => count > 0)
          .map(({ other, count }) => (
            <li key={other}>
              <a href={searchHref(localePath(other, '/search'), request)} hrefLang={other}>
                {t.search.inLanguage(count, LOCALE_NAMES[other])}
              </a>
            </li>
          ))}
      </ul>
      {shorter.length > 0 && (
        <>
          <p>{t.search.fewerWords}</p>
          <ul>
            {shorter.map(({ q, count }) => (
              <li key={q}>
                <a href={searchHref(basePath, { ...request, q, filters: {} })}>
                  {q} ({count})
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="meta">{t.search.tips}</p>
    </div>
  )
}
