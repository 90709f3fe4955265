/**
 * Turns a link an editor made (src/fields/navLink.ts: header menu, footer columns, call to action)
 * into an address in the reader's language and the text shown for it.
 */
import { localePath, type Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import type { SiteSetting } from '@/payload-types'

export type NavLink = NonNullable<SiteSetting['headerMenu']>[number]

/** What a link needs of the page, topic or author it points at (see `linkPopulate`). */
type Target = { slug?: string | null; title?: string | null; name?: string | null }

/** The `populate` a query passes so that every link's target comes with its title and slug. */
export const linkPopulate = {
  pages: { title: true, slug: true },
  topics: { name: true, slug: true },
  authors: { name: true, slug: true },
} as const

const populated = (value: unknown): Target | undefined =>
  value && typeof value === 'object' ? (value as Target) : undefined

const SECTION_LABELS = {
  '/': 'home',
  '/articles': 'articles',
  '/authors': 'authors',
  '/search': 'search',
  '/submit': 'submit',
} as const

/** The link's address and label, or undefined when what it pointed at is gone (or unpublished). */
export function linkOf(
  link: Omit<NavLink, 'label'> & { label?: string | null },
  locale: Locale,
): { href: string; label: string } | undefined {
  const t = messagesFor(locale)
  const to = (path: string, fallback: string | null | undefined) =>
    fallback || link.label
      ? { href: localePath(locale, path), label: link.label || fallback! }
      : undefined
  const target = (value: unknown, base: string) => {
    const doc = populated(value)
    return doc?.slug ? to(`${base}/${doc.slug}`, doc.title ?? doc.name) : undefined
  }
  switch (link.type) {
    case 'page':
      return target(link.page, '')
    case 'topic':
      return target(link.topic, '/topics')
    case 'author':
      return target(link.author, '/authors')
    case 'kind':
      return link.kind ? to(`/articles?kind=${link.kind}`, t.kinds[link.kind]) : undefined
    case 'section': {
      if (!link.section) return undefined
      const key = link.section === '/feed.xml' ? undefined : SECTION_LABELS[link.section]
      return to(link.section, key ? t.nav[key] : t.rssFeed)
    }
    case 'url':
      if (!link.url) return undefined
      // A path on this site is kept in the reader's language; an outside address as it is.
      return link.url.startsWith('/')
        ? to(link.url, link.url)
        : { href: link.url, label: link.label || link.url }
  }
}
