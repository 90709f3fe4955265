import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { isLocale, LOCALE_TAGS, LOCALES } from '@/i18n/config'
import { siteOrigin } from '@/lib/config/site'
import { getSettings } from '@/lib/queries'

import '@/styles/site.css'

export const generateStaticParams = () => LOCALES.map((locale) => ({ locale }))

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
