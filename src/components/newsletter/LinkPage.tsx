import type { ReactNode } from 'react'

import { StatusPage } from '@/components/page/StatusPages'
import type { PageContent } from '@/components/page/readingPage'
import { localePath, type Locale } from '@/i18n/config'
import { newsletterMessages } from '@/i18n/newsletterMessages'

/**
 * A page a signed link from our mail opens (confirm, preferences, unsubscribe): never cached,
 * never indexed, and never keeping the link's token in the browser's history of referrers.
 */
export function linkPage(
  locale: Locale,
  title: string,
  body: ReactNode,
  { status = 200, home = false }: { status?: number; home?: boolean } = {},
): PageContent {
  return {
    head: { title, noindex: true },
    body: (
      <StatusPage locale={locale} path="/newsletter" title={title} home={home}>
        {body}
      </StatusPage>
    ),
    status,
    headers: { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' },
  }
}

/** A link that is forged, broken, expired or used up: the way to subscribe again. */
export function invalidLinkPage(locale: Locale): PageContent {
  const t = newsletterMessages(locale)
  return linkPage(
    locale,
    t.invalidTitle,
    <>
      <p>{t.invalidText}</p>
      <p>
        <a className="button" href={localePath(locale, '/newsletter')}>
          {t.submit}
        </a>
      </p>
    </>,
    { status: 400 },
  )
}

/** A page whose one button sends the link's own address back as a POST (the action itself). */
export function ActionButton({ action, label }: { action: string; label: string }) {
  return (
    <form method="post" action={action}>
      <p>
        <button type="submit" className="button">
          {label}
        </button>
      </p>
    </form>
  )
}

/** The link's address in the page's language, with its parameters, for the page's own form. */
export const sameLink = (locale: Locale, path: string, request: Request) =>
  `${localePath(locale, path)}?${new URL(request.url).searchParams}`
