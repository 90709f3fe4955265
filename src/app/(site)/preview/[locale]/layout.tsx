import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { isLocale, LOCALE_TAGS } from '@/i18n/config'

import '@/styles/site.css'

export const metadata: Metadata = { robots: { index: false, follow: false } }

/**
 * The root layout of draft previews, the one part of the public site rendered by the App Router
 * with React in the browser: Live preview re-renders the page as the editor types.
 */
export default async function PreviewLayout({
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
