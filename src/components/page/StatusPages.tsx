import type { ReactNode } from 'react'

import { SiteFrame } from '@/components/SiteFrame'
import { localePath, type Locale } from '@/i18n/config'
import { ERROR_MESSAGES } from '@/i18n/errorMessages'
import { messagesFor } from '@/i18n/messages'

import type { PageContent } from './readingPage'

/**
 * A short page with one message and, unless `home` is false, the way to the home page: the 404
 * page, the submission's thank-you page, the unsubscribe pages.
 */
export function StatusPage({
  locale,
  path = '/',
  code,
  title,
  home = true,
  children,
}: {
  locale: Locale
  /** The address the language switcher keeps (without the language prefix). */
  path?: string
  code?: string
  title: string
  home?: boolean
  children?: ReactNode
}) {
  return (
    <SiteFrame locale={locale} path={path}>
      <div className="status-page">
        {code && <p className="status-page__code">{code}</p>}
        <h1>{title}</h1>
        {children}
        {home && (
          <p>
            <a className="button" href={localePath(locale, '/')}>
              {messagesFor(locale).notFound.home}
            </a>
          </p>
        )}
      </div>
    </SiteFrame>
  )
}

/** The 404 page, in the language of the address that was not found. */
export async function NotFoundPage(locale: Locale): Promise<PageContent> {
  const t = messagesFor(locale)
  return {
    head: { title: t.notFound.title, noindex: true },
    body: (
      <StatusPage locale={locale} code="404" title={t.notFound.title}>
        <p>{t.notFound.text}</p>
      </StatusPage>
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
