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
  /**
   * The languages the page really has (all of them unless said). In another one its text is the
   * English fallback: search engines are pointed at the English page, and hreflang lists only these.
   */
  languages?: readonly Locale[]
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

type Image = NonNullable<PageMetadata['image']>

const imageProperties = (image: Image) =>
  [
    ['og:image', absolute(image.url)],
    ['og:image:width', image.width?.toString()],
    ['og:image:height', image.height?.toString()],
    ['og:image:alt', image.alt],
  ] as const

const present = (properties: readonly (readonly [string, string | null | undefined])[]) =>
  properties.flatMap(([property, content]) =>
    content ? [[property, content] as [string, string]] : [],
  )

/**
 * A page without a picture of its own is shared with the site's default social image (Site
 * settings → Branding), as a large card.
 */
export function withDefaultImage(
  head: PageHead,
  image: (Omit<Image, 'url'> & { url?: string | null }) | null | undefined,
): PageHead {
  const properties = head.properties ?? []
  if (!image?.url || properties.some(([property]) => property === 'og:image')) return head
  const url = image.url
  return {
    ...head,
    properties: [
      ...properties.map(([property, content]): [string, string] =>
        property === 'twitter:card' ? [property, 'summary_large_image'] : [property, content],
      ),
      ...present(imageProperties({ ...image, url })),
      ['twitter:image', absolute(url)],
    ],
  }
}

/** Title, description, canonical URL, hreflang alternates, Open Graph and Twitter card for a page. */
export function pageMetadata({
  locale,
  path,
  title,
  absoluteTitle,
  description,
  languages: available = LOCALES,
  image,
  type = 'website',
  publishedTime,
  authors,
  noindex,
}: PageMetadata): PageHead {
  const translated = available.includes(locale)
  const languages: Record<string, string> = Object.fromEntries(
    available.map((code) => [LOCALE_TAGS[code], absoluteUrl(code, path)]),
  )
  languages['x-default'] = absoluteUrl('en', path)
  const properties: (readonly [string, string | null | undefined])[] = [
    ['og:title', title],
    ['og:description', description],
    ['og:url', absoluteUrl(locale, path)],
    ['og:locale', LOCALE_TAGS[locale].replace(/-/g, '_')],
    ['og:type', type],
    ...(image ? imageProperties(image) : []),
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
    properties: present(properties),
  }
}

export { localePath }
