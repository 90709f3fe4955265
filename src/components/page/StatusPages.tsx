import { SiteFrame } from '@/components/SiteFrame'
import { localePath, type Locale } from '@/i18n/config'
import { ERROR_MESSAGES } from '@/i18n/errorMessages'
import { messagesFor } from '@/i18n/messages'

import type { PageContent } from './readingPage'

/** The 404 page, in the language of the address that was not found. */
export async function NotFoundPage(locale: Locale): Promise<PageContent> {
  const t = messagesFor(locale)
  return {
    head: { title: t.notFound.title, noindex: true },
    body: (
      <SiteFrame locale={locale} path="/">
        <div className="status-page">
          <p className="status-page__code">404</p>
          <h1>{t.notFound.title}</h1>
          <p>{t.notFound.text}</p>
          <p>
            <a className="button" href={localePath(locale, '/')}>
              {t.notFound.home}
            </a>
          </p>
        </div>
      </SiteFrame>
    ),
  }
}

/**
 * The 500 page. Without the frame: what failed may be the database that the header and footer
 * read. A reload is the way to try again.
 */
export function ServerErrorPage(locale: Locale): PageContent {
  const t = ERROR_MESSAGES[locale]
  return {
    head: { title: t.title, absoluteTitle: true, noindex: true },
    body: (
      <main id="main" className="site-main status-page">
        <p className="status-page__code">500</p>
        <h1>{t.title}</h1>
        <p>{t.text}</p>
        <p>
          <a href={localePath(locale, '/')}>{t.home}</a>
        </p>
      </main>
    ),
  }
}
