import type { ReactNode } from 'react'

import { LOCALE_NAMES, LOCALES, localePath, type Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { newsletterMessages } from '@/i18n/newsletterMessages'
import { linkOf, type NavLink } from '@/lib/navigation'
import { getSettings } from '@/lib/queries'
import type { Media, SiteSetting } from '@/payload-types'

import { FollowLinks } from './FollowLinks'
import { ownPath } from './MediaImage'
import { PlatformIcon } from './icons'

type Props = {
  locale: Locale
  /** This page's path without the language prefix, so the language switcher keeps the reader here. */
  path: string
  children: ReactNode
}

type Entry = { href: string; label: string }

/** The header's tallest logo (site.css, `.site-name img`), for the browser's choice of file. */
const LOGO_HEIGHT = 48

/** The menu before the editors make one: what the site had before menus were editable. */
function fixedMenu(locale: Locale): Entry[] {
  const t = messagesFor(locale)
  return [
    { href: localePath(locale, '/articles'), label: t.nav.articles },
    { href: localePath(locale, '/authors'), label: t.nav.authors },
    { href: localePath(locale, '/about'), label: t.nav.about },
    { href: localePath(locale, '/submit'), label: t.nav.submit },
  ]
}

/** The editors' links in the reader's language, less those whose page, topic or author is gone. */
const entriesOf = (links: NavLink[] | null | undefined, locale: Locale): Entry[] =>
  (links ?? []).flatMap((link) => linkOf(link, locale) ?? [])

/** The editors' header menu; the fixed one while theirs is empty or none of it leads anywhere. */
function headerMenu(settings: SiteSetting, locale: Locale): Entry[] {
  const entries = entriesOf(settings.headerMenu, locale)
  return entries.length > 0 ? entries : fixedMenu(locale)
}

/**
 * "page" on the link to this very page; "true" on the section the page is in (Articles, on an
 * article), which is marked the same way. The home page is the section of nothing.
 */
function currentness(href: string, here: string, home: string): 'page' | 'true' | undefined {
  if (href === here) return 'page'
  const section = href.startsWith('/') && !href.includes('?') && href !== home
  return section && here.startsWith(`${href}/`) ? 'true' : undefined
}

const imageOf = (value: SiteSetting['branding']['logo']): Media | undefined =>
  value && typeof value === 'object' && value.url ? value : undefined

/**
 * The file and the smaller copies Payload made at upload, so a phone need not fetch a large logo,
 * and the width the logo is drawn at (its height fixed by the stylesheet).
 */
function logoFiles(media: Media) {
  // One file per width (a copy as wide as the original is made too): the original comes first.
  const byWidth = new Map<number, string>()
  for (const variant of [media, media.sizes?.thumbnail, media.sizes?.card, media.sizes?.hero])
    if (variant?.url && variant.width && !byWidth.has(variant.width))
      byWidth.set(variant.width, ownPath(variant.url))
  const width = media.width && media.height ? (LOGO_HEIGHT * media.width) / media.height : 240
  return {
    srcSet: [...byWidth].map(([w, url]) => `${url} ${w}w`).join(', ') || undefined,
    sizes: `${Math.ceil(width)}px`,
    width: media.width ?? undefined,
    height: media.height ?? undefined,
  }
}

/** The logo (in its version for a dark scheme where there is one), named by the site's name. */
function Logo({ logo, onDark, name }: { logo: Media; onDark?: Media; name: string }) {
  return (
    <picture>
      {onDark && <source media="(prefers-color-scheme: dark)" {...logoFiles(onDark)} />}
      {/* A plain <img>: the reading pages have no React in the browser for next/image. */}
      <img src={ownPath(logo.url!)} {...logoFiles(logo)} alt={name} decoding="async" />
    </picture>
  )
}

/** Header, main area and footer shared by every public page. */
export async function SiteFrame({ locale, path, children }: Props) {
  const t = messagesFor(locale)
  const settings = await getSettings(locale)
  const href = (to: string) => localePath(locale, to)
  const here = href(path)
  const current = (to: string) => currentness(to, here, href('/'))
  const logo = imageOf(settings.branding?.logo)
  const columns = (settings.footerColumns ?? [])
    .map((column) => ({ ...column, entries: entriesOf(column.links, locale) }))
    .filter((column) => column.entries.length > 0)

  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <a className="site-name" href={href('/')}>
            {logo ? (
              <Logo
                logo={logo}
                onDark={imageOf(settings.branding.logoOnDark)}
                name={settings.siteName}
              />
            ) : (
              settings.siteName
            )}
          </a>
          <nav aria-label={t.primaryNavigation} className="site-nav">
            <ul>
              {headerMenu(settings, locale).map((entry, index) => (
                <li key={index}>
                  <a href={entry.href} aria-current={current(entry.href)}>
                    {entry.label}
                  </a>
                </li>
              ))}
              {/* On a phone the search field gives way to this link (site.css). */}
              <li className="site-nav__search">
                <a href={href('/search')} aria-current={current(href('/search'))}>
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
          <div className="site-footer__identity">
            <p className="site-footer__name">{settings.siteName}</p>
            {settings.tagline && <p>{settings.tagline}</p>}
          </div>
          {columns.map((column, index) => (
            <nav key={column.id ?? index} aria-labelledby={`footer-column-${index}`}>
              <p className="site-footer__heading" id={`footer-column-${index}`}>
                {column.heading}
              </p>
              <ul className="site-footer__links">
                {column.entries.map((entry, entryIndex) => (
                  <li key={entryIndex}>
                    <a href={entry.href} aria-current={current(entry.href)}>
                      {entry.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          ))}
          <div className="site-footer__follow">
            <p className="site-footer__heading">{t.followUs}</p>
            <FollowLinks links={settings.followLinks ?? []} locale={locale} />
            <p>
              <a className="follow-link" href={href('/feed.xml')}>
                <PlatformIcon platform="rss" />
                {t.rssFeed}
              </a>
            </p>
            <p>
              <a className="follow-link" href={href('/newsletter')}>
                <PlatformIcon platform="newsletter" />
                {newsletterMessages(locale).footer}
              </a>
            </p>
          </div>
        </div>
      </footer>
    </>
  )
}
