/** The site's languages. English is served at the root, the others under /az and /ru. */
export const LOCALES = ['en', 'az', 'ru'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'en'

export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  az: 'Azərbaycanca',
  ru: 'Русский',
}
/** BCP 47 tags for <html lang>, hreflang and date formatting. */
export const LOCALE_TAGS: Record<Locale, string> = { en: 'en', az: 'az-Latn-AZ', ru: 'ru' }

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale)

/** The public path of a page in a language: "/articles/x" → "/ru/articles/x", English unprefixed. */
export function localePath(locale: Locale, path = '/'): string {
  const clean = path.startsWith('/') ? path : `/${path}`
  if (locale === DEFAULT_LOCALE) return clean
  return clean === '/' ? `/${locale}` : `/${locale}${clean}`
}
