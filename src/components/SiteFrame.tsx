import type { ReactNode } from 'react'

import { LOCALE_NAMES, LOCALES, localePath, type Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { getSettings } from '@/lib/queries'

import { FollowLinks } from './FollowLinks'
import { PlatformIcon } from './icons'

type Props = {
  locale: Locale
  /** This page's path without the language prefix, so the language switcher keeps the reader here. */
  path: string
  children: ReactNode
}

/** Header, main area and footer shared by every public page. */
export async function SiteFrame({ locale, path, children }: Props) {
  const t = messagesFor(locale)
  const settings = await getSettings(locale)
  const href = (to: string) => localePath(locale, to)
  const nav = [
    { to: '/articles', label: t.nav.articles },
    { to: '/authors', label: t.nav.authors },
    { to: '/about', label: t.nav.about },
    { to: '/submit', label: t.nav.submit },
  ]

  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <a className="site-name" href={href('/')}>
            {settings.siteName}
          </a>
          <nav aria-label={t.primaryNavigation} className="site-nav">
            <ul>
              {nav.map((item) => (
                <li key={item.to}>
                  <a
                    href={href(item.to)}
                    aria-current={path.startsWith(item.to) ? 'page' : undefined}
                  >
                    {item.label}
                  </a>
                </li>
              ))}
              {/* On a phone the search field gives way to this link (site.css), keeping the header to two lines. */}
              <li className="site-nav__search">
                <a href={href('/search')} aria-current={path === '/search' ? 'page' : undefined}>
                  {t.nav.search}
                </a>
              </li>
            </ul>
          </nav>
          <form className="header-search" action={href('/search')} method="get" role="search">
            <label className="visually-hidden" htmlFor="header-search-q">
              {t.search.label}
            </label>
            <input
              id="header-search-q"
              name="q"
              type="search"
              maxLength={100}
              placeholder={t.nav.search}
            />
          </form>
          <nav aria-label={t.language} className="language-switcher">
            <ul>
              {LOCALES.map((code) => (
                <li key={code}>
                  <a
                    href={localePath(code, path)}
                    hrefLang={code}
                    lang={code}
                    aria-current={code === locale ? 'true' : undefined}
                  >
                    {code.toUpperCase()}
                    <span className="visually-hidden"> — {LOCALE_NAMES[code]}</span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <div>
            <p className="site-footer__name">{settings.siteName}</p>
            {settings.tagline && <p>{settings.tagline}</p>}
          </div>
          <div>
            <p className="site-footer__heading">{t.followUs}</p>
            <FollowLinks links={settings.followLinks ?? []} locale={locale} />
            <p>
              <a className="follow-link" href={href('/feed.xml')}>
                <PlatformIcon platform="rss" />
                {t.rssFeed}
              </a>
            </p>
          </div>
        </div>
      </footer>
    </>
  )
}
