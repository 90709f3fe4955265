import { SiteFrame } from '@/components/SiteFrame'
import type { Locale } from '@/i18n/config'
import { newsletterMessages } from '@/i18n/newsletterMessages'
import { getPayloadClient } from '@/lib/payload'
import { listAuthors, listTopics } from '@/lib/queries'
import { formToken } from '@/lib/signedToken'

import type { SubscriptionFormState } from './formState'
import { offerOf } from './NewsletterSignup'
import { SubscribeForm } from './SubscribeForm'

/** /newsletter: the subscribe form with every topic and author to choose from. */
export async function NewsletterView({
  locale,
  formState,
}: {
  locale: Locale
  formState?: SubscriptionFormState
}) {
  const t = newsletterMessages(locale)
  const [topics, authors, payload] = await Promise.all([
    listTopics(locale),
    listAuthors(locale),
    getPayloadClient(),
  ])
  return (
    <SiteFrame locale={locale} path="/newsletter">
      <h1>{t.heading}</h1>
      <p className="lead">{t.intro}</p>
      <SubscribeForm
        locale={locale}
        token={formToken(payload.secret)}
        t={t}
        offered={offerOf(topics, authors)}
        initial={formState}
      />
    </SiteFrame>
  )
}
