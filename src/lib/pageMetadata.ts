import { notFound } from 'next/navigation'

import { isLocale, LOCALE_TAGS, LOCALES, localePath, type Locale } from '@/i18n/config'
import { absoluteUrl, siteOrigin } from '@/lib/config/site'

/** A feed's language from its route, or a 404 for an unknown prefix like /xx/…. */
export async function localeOf(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return locale
}

type PageMetadata = {
  locale: Locale
  path: string
  title: string
  /** The title as it is, without " · site name" (the home page). */
  absoluteTitle?: boolean
  description?: string | null
  /** False when the text is an English fallback: search engines are then pointed at the English page. */
  translated?: boolean
  image?: { url: string; width?: number | null; height?: number | null; alt?: string | null } | null
  type?: 'website' | 'article' | 'profile'
  publishedTime?: string | null
  authors?: string[]
  /** Pages not worth indexing (search results, a form's answer). */
  noindex?: boolean
}

/** What a page's <head> says about it (src/components/page/Document.tsx writes it out). */
export type PageHead = {
  title: string
  absoluteTitle?: boolean
  description?: string
  noindex?: boolean
  canonical?: string
  /** hreflang → address, x-default included. */
  languages?: Record<string, string>
  /** Open Graph and Twitter card properties, in order; a property may repeat (article:author). */
  properties?: [string, string][]
}

const absolute = (url: string) => new URL(url, `${siteOrigin()}/`).toString()

/** Title, description, canonical URL, hreflang alternates, Open Graph and Twitter card for a page. */
export function pageMetadata({
  locale,
  path,
  title,
  absoluteTitle,
  description,
  translated = true,
  image,
  type = 'website',
  publishedTime,
  authors,
  noindex,
}: PageMetadata): PageHead {
  const languages: Record<string, string> = Object.fromEntries(
    LOCALES.map((code) => [LOCALE_TAGS[code], absoluteUrl(code, path)]),
  )
  languages['x-default'] = absoluteUrl('en', path)
  const properties: (readonly [string, string | null | undefined])[] = [
    ['og:title', title],
    ['og:description', description],
    ['og:url', absoluteUrl(locale, path)],
    ['og:locale', LOCALE_TAGS[locale].replace(/-/g, '_')],
    ['og:type', type],
    ...(image
      ? ([
          ['og:image', absolute(image.url)],
          ['og:image:width', image.width?.toString()],
          ['og:image:height', image.height?.toString()],
          ['og:image:alt', image.alt],
        ] as const)
      : []),
    ...(type === 'article'
      ? [
          ['article:published_time', publishedTime] as const,
          ...(authors ?? []).map((name) => ['article:author', name] as const),
        ]
      : []),
    ['twitter:card', image ? 'summary_large_image' : 'summary'],
    ['twitter:title', title],
    ['twitter:description', description],
    ...(image ? [['twitter:image', absolute(image.url)] as const] : []),
  ]
  return {
    title,
    absoluteTitle,
    description: description ?? undefined,
    noindex,
    canonical: absoluteUrl(translated ? locale : 'en', path),
    languages,
    properties: properties.flatMap(([property, content]) =>
      content ? [[property, content] as [string, string]] : [],
    ),
  }
}

export { localePath }
