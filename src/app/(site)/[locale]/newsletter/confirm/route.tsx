import { ActionButton, invalidLinkPage, linkPage, sameLink } from '@/components/newsletter/LinkPage'
import { readingPage } from '@/components/page/readingPage'
import { newsletterMessages } from '@/i18n/newsletterMessages'
import { preferencesLink } from '@/lib/newsletter/links'
import { linkedRequest } from '@/lib/newsletter/linked'
import { confirm } from '@/lib/newsletter/subscriptions'

export const dynamic = 'force-dynamic'

const PATH = '/newsletter/confirm'

/**
 * The confirmation mail's link opens a page with one button, so that a mail scanner or a link
 * preview that fetches it confirms nothing; the button does.
 */
export const GET = readingPage(async (locale, _params, request) => {
  const t = newsletterMessages(locale)
  if (!(await linkedRequest(request)).request) return invalidLinkPage(locale)
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
  const { payload, request: signed } = await linkedRequest(request)
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
