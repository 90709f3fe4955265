import { isLocale, localePath } from '@/i18n/config'
import { siteOrigin } from '@/lib/config/site'
import { sign, verify } from '@/lib/signedToken'

/**
 * The newsletter's signed links. Each signs the row's id with its e-mail address, so a link names
 * one row and one address: an id the database hands out again after an erasure does not open
 * someone else's preferences. The row must exist for a link to work, so erasing it voids them all.
 */
type Signed = { id: number | string; email: string }

/** A link opens its page in the reader's language (/az/newsletter/…), English when none is known. */
type Addressed = Signed & { locale?: string | null }

const confirmValue = ({ id, email }: Signed) => `newsletter-confirm:${id}:${email}`
const subscriberValue = ({ id, email }: Signed) => `newsletter:${id}:${email}`

export const confirmToken = (request: Signed, secret: string) => sign(confirmValue(request), secret)
export const subscriberToken = (subscriber: Signed, secret: string) =>
  sign(subscriberValue(subscriber), secret)

export const isConfirmToken = (request: Signed, token: string | null, secret: string) =>
  verify(confirmValue(request), token, secret)
export const isSubscriberToken = (subscriber: Signed, token: string | null, secret: string) =>
  verify(subscriberValue(subscriber), token, secret)

const link = (
  { locale }: Addressed,
  path: `/newsletter/${string}`,
  params: Record<string, string>,
) =>
  `${siteOrigin()}${localePath(locale && isLocale(locale) ? locale : 'en', path)}?${new URLSearchParams(params)}`

/** The confirmation mail's link: a page whose button confirms (a mail scanner's visit does not). */
export const confirmLink = (request: Addressed, secret: string) =>
  link(request, '/newsletter/confirm', { r: String(request.id), t: confirmToken(request, secret) })

export const preferencesLink = (subscriber: Addressed, secret: string) =>
  link(subscriber, '/newsletter/preferences', {
    s: String(subscriber.id),
    t: subscriberToken(subscriber, secret),
  })

/** Also the target of a mail client's one-click POST (RFC 8058). */
export const unsubscribeLink = (subscriber: Addressed, secret: string) =>
  link(subscriber, '/newsletter/unsubscribe', {
    s: String(subscriber.id),
    t: subscriberToken(subscriber, secret),
  })

/** The headers with which mail clients offer their own "Unsubscribe" button (RFC 2369, RFC 8058). */
export const listHeaders = (subscriber: Addressed, secret: string, siteName: string) => ({
  'List-Unsubscribe': `<${unsubscribeLink(subscriber, secret)}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  'List-Id': `${siteName.replace(/[<>"\r\n]/g, '')} <newsletter.${new URL(siteOrigin()).hostname}>`,
})
