import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import type { SearchResult } from '@/lib/search'
import { searchHref, type FacetName, type SearchRequest } from '@/lib/search/request'

type Props = { locale: Locale; basePath: string; request: SearchRequest; found: SearchResult }

const ORDER: FacetName[] = ['kind', 'topic', 'author', 'year']

/** Filters as links, each with the number of results it leaves; the chosen one can be removed. */
export function SearchFacets({ locale, basePath, request, found }: Props) {
  const t = messagesFor(locale)
  const label = (name: FacetName, value: string, text: string) =>
    name === 'kind' ? (t.kinds[value as keyof typeof t.kinds] ?? text) : text
  return (
    <aside id="refine" className="search-facets" aria-label={t.search.refine}>
      <h2 className="search-facets__title">{t.search.refine}</h2>
      <p className="search-facets__sort">
        {t.search.sort}:{' '}
        {(['relevance', 'date'] as const).map((sort) =>
          request.sort === sort ? (
            <strong key={sort} aria-current="true">
              {t.search.sorts[sort]}
            </strong>
          ) : (
            <a key={sort} href={searchHref(basePath, request, { sort })}>
              {t.search.sorts[sort]}
            </a>
          ),
        )}
      </p>
      {ORDER.filter((name) => found.facets[name].length > 0).map((name) => (
        <section key={name} className="search-facet">
          <h3>{t.search.facets[name]}</h3>
          <ul>
            {found.facets[name].some((facet) => facet.selected) && (
              <li>
                <a href={searchHref(basePath, request, { [name]: undefined })}>{t.search.any}</a>
              </li>
            )}
            {found.facets[name].map((facet) => (
              <li key={facet.value}>
                {facet.selected ? (
                  <strong aria-current="true">
                    {label(name, facet.value, facet.label)} ({facet.count})
                  </strong>
                ) : (
                  <a href={searchHref(basePath, request, { [name]: facet.value })}>
                    {label(name, facet.value, facet.label)} <span>({facet.count})</span>
                  </a>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </aside>
  )
}
