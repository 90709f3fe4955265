import { localePath, type Locale } from '@/i18n/config'

/**
 * The site's own address, from SERVER_URL. Read on every call, not once at start-up: the tests and
 * the command-line tools set it after this module is loaded.
 */
const serverUrl = () => process.env.SERVER_URL || ''

/** SERVER_URL as configured (Payload's `serverURL`); empty when it is not set. */
export const configuredServerUrl = serverUrl

/**
 * The origin for absolute URLs (feeds, canonical links, JSON-LD, sitemaps), and the only origin
 * whose requests may use a login cookie (Payload's CSRF list).
 */
export const siteOrigin = () => (serverUrl() || 'http://localhost:3000').replace(/\/+$/, '')

/** Cookies are marked Secure only on an HTTPS site: a browser drops a Secure cookie set over plain http. */
export const servedOverHttps = () => serverUrl().startsWith('https://')

/** The absolute address of a page in a language (feeds, canonical links, e-mails). */
export const absoluteUrl = (locale: Locale, path = '/') =>
  `${siteOrigin()}${localePath(locale, path)}`
