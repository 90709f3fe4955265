import { ActionButton, invalidLinkPage, linkPage, sameLink } from '@/components/newsletter/LinkPage'
import { readingPage } from '@/components/page/readingPage'
import { newsletterMessages } from '@/i18n/newsletterMessages'
import { linkedSubscriber } from '@/lib/newsletter/linked'
import { unsubscribe } from '@/lib/newsletter/subscriptions'

export const dynamic = 'force-dynamic'

/** The mails' "Unsubscribe" link: a page with one button (a link preview unsubscribes nobody). */
export const GET = readingPage(async (locale, _params, request) => {
  const t = newsletterMessages(locale)
  const { subscriber } = await linkedSubscriber(request)
  if (!subscriber) return invalidLinkPage(locale)
  return linkPage(
    locale,
    t.unsubscribeTitle,
    <>
      <p>{t.unsubscribeText(subscriber.email)}</p>
      <ActionButton
        action={sameLink(locale, '/newsletter/unsubscribe', request)}
        label={t.unsubscribeButton}
      />
    </>,
  )
})

/**
 * The button, and a mail client's one-click POST (RFC 8058, `List-Unsubscribe-Post`) to the same
 * address: the subscriber is erased, out of every list at once.
 */
export const POST = readingPage(async (locale, _params, request) => {
  const t = newsletterMessages(locale)
  const { payload, subscriber } = await linkedSubscriber(request)
  if (!subscriber) return invalidLinkPage(locale)
  await unsubscribe(payload, subscriber)
  return linkPage(locale, t.unsubscribedTitle, <p>{t.unsubscribedText}</p>, { home: true })
})
