import type { ReactNode } from 'react'

import { LOCALE_TAGS, type Locale } from '@/i18n/config'
import { withDefaultImage, type PageHead } from '@/lib/pageMetadata'
import { typefaceOf } from '@/lib/branding/typefaces'
import { getSettings } from '@/lib/queries'

import { siteAssets } from './assets'
import { BrandStyle } from './BrandStyle'
import { SiteIconLinks } from './SiteIconLinks'

type Props = {
  locale: Locale
  head: PageHead
  /** Only pages with something to enhance (a form, a copy button) load the site's script. */
  script?: boolean
  children: ReactNode
}

/**
 * The whole HTML document of a public page: what Next's root layout and metadata did for App Router
 * pages, written out once. One stylesheet, and at most one deferred script of our own.
 */
export async function Document({ locale, head: ownHead, script, children }: Props) {
  // The 500 page may be answering for a database that is down: it is written without the settings.
  const settings = await getSettings(locale).catch(() => null)
  const siteName = settings?.siteName ?? ''
  const socialImage = settings?.branding?.socialImage
  const head = withDefaultImage(ownHead, typeof socialImage === 'object' ? socialImage : null)
  const assets = siteAssets()
  const typeface = typefaceOf(settings?.branding?.typeface)
  const title = head.absoluteTitle || !siteName ? head.title : `${head.title} · ${siteName}`
  const description = head.description ?? settings?.tagline ?? undefined
  return (
    <html lang={LOCALE_TAGS[locale]}>
      {/* The whole document is ours: next/head is for the Pages Router. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        {description && <meta name="description" content={description} />}
        {siteName && <meta name="application-name" content={siteName} />}
        {head.noindex && <meta name="robots" content="noindex" />}
        {head.canonical && <link rel="canonical" href={head.canonical} />}
        {Object.entries(head.languages ?? {}).map(([tag, href]) => (
          <link key={tag} rel="alternate" hrefLang={tag} href={href} />
        ))}
        {siteName && <meta property="og:site_name" content={siteName} />}
        {(head.properties ?? []).map(([property, content], index) =>
          property.startsWith('twitter:') ? (
            <meta key={index} name={property} content={content} />
          ) : (
            <meta key={index} property={property} content={content} />
          ),
        )}
        <meta name="theme-color" media="(prefers-color-scheme: light)" content="#fdfcfa" />
        <meta name="theme-color" media="(prefers-color-scheme: dark)" content="#141416" />
        <SiteIconLinks icon={settings?.branding?.siteIcon} />
        <link rel="stylesheet" href={assets.css} />
        {typeface && <link rel="stylesheet" href={assets.typefaces[typeface.value]} />}
        {/* After the stylesheet, so the brand colours override its defaults. */}
        <BrandStyle branding={settings?.branding} />
        {script && <script src={assets.js} defer />}
      </head>
      <body>{children}</body>
    </html>
  )
}
