import type { Payload } from 'payload'

import { invalidLinkPage, linkPage, sameLink } from '@/components/newsletter/LinkPage'
import { offerOf } from '@/components/newsletter/NewsletterSignup'
import type { SubscriptionFormState } from '@/components/newsletter/formState'
import { PreferencesForm } from '@/components/newsletter/PreferencesForm'
import { readingPage } from '@/components/page/readingPage'
import { SUBSCRIPTION_LIMITS } from '@/fields/subscription'
import { isLocale, type Locale } from '@/i18n/config'
import { newsletterMessages } from '@/i18n/newsletterMessages'
import { BodyTooLarge, readForm } from '@/lib/bodyLimit'
import { formFields } from '@/lib/forms/fields'
import { refusalOf } from '@/lib/forms/refusals'
import { choseNothing, readChoices, storedChoices } from '@/lib/newsletter/choices'
import { unsubscribeLink } from '@/lib/newsletter/links'
import { linkedSubscriber } from '@/lib/newsletter/linked'
import { savePreferences } from '@/lib/newsletter/subscriptions'
import { listAuthors, listTopics } from '@/lib/queries'
import type { Subscriber } from '@/payload-types'

export const dynamic = 'force-dynamic'

/** A name and at most a hundred ids, percent-encoded. */
const MAX_REQUEST_BYTES = 32 * 1024

const ids = (relations: Subscriber['topics']) =>
  (relations ?? []).map((relation) => String(typeof relation === 'object' ? relation.id : relation))

/** What the subscriber has now, as the form shows it. */
const stored = (subscriber: Subscriber): SubscriptionFormState['values'] => ({
  name: subscriber.name ?? '',
  frequency: subscriber.frequency ?? 'each',
  scope: subscriber.scope ?? 'all',
  topics: ids(subscriber.topics),
  authors: ids(subscriber.authors),
})

async function preferencesPage(
  locale: Locale,
  request: Request,
  payload: Payload,
  subscriber: Subscriber,
  state: SubscriptionFormState & { notice?: string },
  status = 200,
) {
  const t = newsletterMessages(locale)
  const [topics, authors] = await Promise.all([listTopics(locale), listAuthors(locale)])
  return linkPage(
    locale,
    t.preferencesTitle,
    <>
      <p>{t.preferencesText(subscriber.email)}</p>
      <PreferencesForm
        action={sameLink(locale, '/newsletter/preferences', request)}
        t={t}
        offered={offerOf(topics, authors)}
        language={subscriber.locale ?? 'en'}
        state={state}
      />
      <p>
        <a href={unsubscribeLink(subscriber, payload.secret)}>{t.leave}</a>
      </p>
    </>,
    { status },
  )
}

/** The "Change what you receive" link of every mail. */
export const GET = readingPage(async (locale, _params, request) => {
  const { payload, subscriber } = await linkedSubscriber(request)
  if (!subscriber) return invalidLinkPage(locale)
  return preferencesPage(locale, request, payload, subscriber, { values: stored(subscriber) })
})

async function formOf(request: Request) {
  try {
    return formFields(await readForm(request, MAX_REQUEST_BYTES))
  } catch (error) {
    if (error instanceof BodyTooLarge) return null
    throw error
  }
}

/**
 * Saves the choice. Everything the form sent is checked here and again by the collection; a
 * refusal shows the form with the reader's values and the message, and changes nothing.
 */
export const POST = readingPage(async (locale, _params, request) => {
  const t = newsletterMessages(locale)
  const { payload, subscriber } = await linkedSubscriber(request)
  if (!subscriber) return invalidLinkPage(locale)
  const fields = await formOf(request)
  if (!fields)
    return preferencesPage(
      locale,
      request,
      payload,
      subscriber,
      { values: stored(subscriber), errors: { form: t.errors.generic } },
      413,
    )
  const choices = await readChoices(fields, payload)
  const name = fields.text('name').slice(0, SUBSCRIPTION_LIMITS.name)
  const language = fields.raw('language')
  const values = { name, ...choices.sent }
  if (choseNothing(choices))
    return preferencesPage(
      locale,
      request,
      payload,
      subscriber,
      { values, errors: { choices: t.errors.choices } },
      400,
    )
  try {
    const saved = await savePreferences(payload, subscriber, {
      name: name || null,
      locale: isLocale(language) ? language : subscriber.locale,
      ...storedChoices(choices),
    })
    return preferencesPage(locale, request, payload, saved, {
      values: stored(saved),
      notice: t.saved,
    })
  } catch (caught) {
    const refusal = refusalOf(caught)
    if (!refusal) throw caught
    return preferencesPage(
      locale,
      request,
      payload,
      subscriber,
      { values, errors: { form: t.errors.generic } },
      refusal.status,
    )
  }
})
