import { ActionButton, invalidLinkPage, linkPage, sameLink } from '@/components/newsletter/LinkPage'
import { readingPage } from '@/components/page/readingPage'
import { newsletterMessages } from '@/i18n/newsletterMessages'
import { preferencesLink } from '@/lib/newsletter/links'
import { confirm, signedRequest } from '@/lib/newsletter/subscriptions'
import { getPayloadClient } from '@/lib/payload'

export const dynamic = 'force-dynamic'

const PATH = '/newsletter/confirm'

async function requestOf(request: Request) {
  const params = new URL(request.url).searchParams
  const payload = await getPayloadClient()
  return { payload, signed: await signedRequest(payload, params.get('r'), params.get('t')) }
}

/**
 * The confirmation mail's link opens a page with one button, so that a mail scanner or a link
 * preview that fetches it confirms nothing; the button does.
 */
export const GET = readingPage(async (locale, _params, request) => {
  const t = newsletterMessages(locale)
  if (!(await requestOf(request)).signed) return invalidLinkPage(locale)
  return linkPage(
    locale,
    t.confirmTitle,
    <>
      <p>{t.confirmText}</p>
      <ActionButton action={sameLink(locale, PATH, request)} label={t.confirmButton} />
    </>,
  )
})

/** The subscription starts: what the request asked for, with its proof of consent. */
export const POST = readingPage(async (locale, _params, request) => {
  const t = newsletterMessages(locale)
  const { payload, signed } = await requestOf(request)
  if (!signed) return invalidLinkPage(locale)
  const subscriber = await confirm(payload, signed)
  return linkPage(
    locale,
    t.confirmedTitle,
    <p>
      {t.confirmedText}{' '}
      <a href={preferencesLink(subscriber, payload.secret)}>{t.mail.preferences}</a>
    </p>,
    { home: true },
  )
})
