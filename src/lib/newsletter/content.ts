import type { Payload, Where } from 'payload'

import { isLocale, type Locale } from '@/i18n/config'
import { absoluteUrl } from '@/lib/config/site'
import type { Article, Mailing, Subscriber } from '@/payload-types'
import { idOf } from '@/lib/relations'

import { articleMail, digestMail, type Mail, type MailArticle, type MailFooter } from './compose'
import { chose, type Filed } from './recipients'
import { siteName } from './site'

/*
 * Mailings read articles as an anonymous reader does (overrideAccess: false, no user): only what
 * is live goes out, in the subscriber's language (English where a translation is missing).
 */
const readerView = {
  depth: 1,
  overrideAccess: false,
  select: { title: true, standfirst: true, slug: true, authors: true, topics: true },
  populate: { authors: { name: true }, topics: {} },
} as const

/** The articles a digest covers: published from `from` up to `until`, not left out by an editor. */
export const digestWhere = (from: string, until: string): Where => ({
  and: [
    { publishedAt: { greater_than_equal: from } },
    { publishedAt: { less_than: until } },
    { leaveOutOfMailings: { not_equals: true } },
  ],
})

/** A mailing's mail for one subscriber (null: nothing for them), in their language. */
export type MailingContent = {
  site: string
  /** False when there is nothing to send any more (the article was taken down). */
  live(): Promise<boolean>
  mailFor(subscriber: Subscriber, links: MailFooter, test?: boolean): Promise<Mail | null>
}

function perLocale<T>(load: (locale: Locale) => Promise<T>) {
  const loaded = new Map<Locale, Promise<T>>()
  return (locale: Locale) => {
    if (!loaded.has(locale)) loaded.set(locale, load(locale))
    return loaded.get(locale)!
  }
}

const localeOf = (subscriber: Pick<Subscriber, 'locale'>): Locale =>
  isLocale(subscriber.locale) ? subscriber.locale : 'en'

export async function mailingContent(
  payload: Payload,
  mailing: Pick<Mailing, 'kind' | 'article' | 'from' | 'until'>,
): Promise<MailingContent> {
  const site = await siteName(payload)
  if (mailing.kind === 'article') {
    const id = mailing.article ? idOf(mailing.article) : null
    const article = perLocale(async (locale) => {
      if (id === null) return null
      const doc = await payload.findByID({
        collection: 'articles',
        id,
        locale,
        disableErrors: true,
        ...readerView,
      })
      return doc ? toMailArticle(doc, locale) : null
    })
    return {
      site,
      live: async () => (await article('en')) !== null,
      async mailFor(subscriber, links, test) {
        const locale = localeOf(subscriber)
        const found = await article(locale)
        return found ? articleMail({ site, locale, article: found, links, test }) : null
      },
    }
  }
  const articles = perLocale(async (locale) => {
    const { docs } = await payload.find({
      collection: 'articles',
      locale,
      where: digestWhere(mailing.from ?? '', mailing.until ?? ''),
      sort: 'publishedAt',
      limit: 50,
      pagination: false,
      ...readerView,
    })
    return docs.map((doc) => toMailArticle(doc, locale))
  })
  return {
    site,
    live: async () => true,
    async mailFor(subscriber, links, test) {
      const locale = localeOf(subscriber)
      const chosen = (await articles(locale)).filter((article) => chose(subscriber, article.filed))
      return chosen.length ? digestMail({ site, locale, articles: chosen, links, test }) : null
    },
  }
}

type ReaderArticle = Pick<Article, 'title' | 'standfirst' | 'slug' | 'authors' | 'topics'>

/** An article as a mail shows it, with what it is filed under (ids) for matching choices. */
export function toMailArticle(
  article: ReaderArticle,
  locale: Locale,
): MailArticle & { filed: Filed } {
  const authors = article.authors ?? []
  return {
    title: article.title,
    standfirst: article.standfirst,
    url: absoluteUrl(locale, `/articles/${article.slug}`),
    authors: authors.flatMap((author) =>
      typeof author === 'object' && author ? [author.name] : [],
    ),
    filed: { topics: article.topics ?? [], authors },
  }
}
