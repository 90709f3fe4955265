import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLocale, LOCALE_TAGS, LOCALES, localePath, type Locale } from '@/i18n/config'
import { absoluteUrl } from '@/lib/config/site'

/** The page's language from its route, or a 404 for an unknown prefix like /xx/…. */
export async function localeOf(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return locale
}

type PageMetadata = {
  locale: Locale
  path: string
  title: string
  description?: string | null
  /** False when the text is an English fallback: search engines are then pointed at the English page. */
  translated?: boolean
  image?: { url: string; width?: number | null; height?: number | null; alt?: string | null } | null
  type?: 'website' | 'article' | 'profile'
  publishedTime?: string | null
  authors?: string[]
}

/** Title, description, canonical URL, hreflang alternates, Open Graph and Twitter card for a page. */
export function pageMetadata({
  locale,
  path,
  title,
  description,
  translated = true,
  image,
  type = 'website',
  publishedTime,
  authors,
}: PageMetadata): Metadata {
  const languages: Record<string, string> = Object.fromEntries(
    LOCALES.map((code) => [LOCALE_TAGS[code], absoluteUrl(code, path)]),
  )
  languages['x-default'] = absoluteUrl('en', path)
  const images = image
    ? [
        {
          url: image.url,
          width: image.width ?? undefined,
          height: image.height ?? undefined,
          alt: image.alt ?? undefined,
        },
      ]
    : undefined
  return {
    title,
    description: description ?? undefined,
    alternates: { canonical: absoluteUrl(translated ? locale : 'en', path), languages },
    openGraph: {
      title,
      description: description ?? undefined,
      url: absoluteUrl(locale, path),
      locale: LOCALE_TAGS[locale].replace(/-/g, '_'),
      type,
      images,
      ...(type === 'article' ? { publishedTime: publishedTime ?? undefined, authors } : {}),
    },
    twitter: {
      card: images ? 'summary_large_image' : 'summary',
      title,
      description: description ?? undefined,
      images: images?.map((i) => i.url),
    },
  }
}

export { localePath }
