import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { isLocale, LOCALE_TAGS } from '@/i18n/config'
import { siteOrigin } from '@/lib/config/site'
import { getSettings } from '@/lib/queries'

import '@/styles/site.css'

/**
 * No language is prerendered by `next build`: every page is rendered on its first visit and cached
 * from then on, so a build carries no content and can be started against any database (a build
 * made in CI, several sites from one folder). See page-cache-handler.mjs.
 */
export const generateStaticParams = () => []

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fdfcfa' },
    { media: '(prefers-color-scheme: dark)', color: '#141416' },
  ],
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>
}): Promise<Metadata> {
  const { locale } = await params
  const settings = await getSettings(isLocale(locale) ? locale : 'en')
  return {
    metadataBase: new URL(siteOrigin()),
    title: { default: settings.siteName, template: `%s · ${settings.siteName}` },
    description: settings.tagline ?? undefined,
    applicationName: settings.siteName,
    openGraph: { siteName: settings.siteName },
  }
}

/** The public site's root layout: one per language, so <html lang> is right on every page. */
export default async function SiteLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  return (
    <html lang={LOCALE_TAGS[isLocale(locale) ? locale : 'en']}>
      <body>{children}</body>
    </html>
  )
}
