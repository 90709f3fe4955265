import { SUBSCRIPTION_LIMITS } from '@/fields/subscription'
import { FormGuards } from '@/components/FormGuards'
import type { Locale } from '@/i18n/config'
import type { NewsletterMessages } from '@/i18n/newsletterMessages'

import type { SubscriptionFormState } from './formState'
import { NewsletterChoices, type Offered } from './NewsletterChoices'

/**
 * The subscribe form: plain HTML that works without JavaScript (POST /subscriptions answers with a
 * redirect to "Check your inbox", or back to the form with the reader's values and the errors).
 * With JavaScript, src/client/subscribeForm.ts sends it in place and shows errors by the fields.
 * `compact` folds the name and the choices away, for the boxes beside articles and lists.
 */
export function SubscribeForm({
  locale,
  token,
  t,
  offered,
  initial = {},
  compact = false,
}: {
  locale: Locale
  token: string
  t: NewsletterMessages
  offered: Offered
  initial?: SubscriptionFormState
  compact?: boolean
}) {
  const errors = initial.errors ?? {}
  const values = initial.values ?? {}
  const invalid = (name: 'email' | 'name') => ({
    id: `subscribe-${name}`,
    name,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `subscribe-${name}-error` : undefined,
  })
  const error = (name: 'email' | 'name' | 'form') =>
    errors[name] ? (
      <p
        className="field-error"
        id={`subscribe-${name}-error`}
        role={name === 'form' ? 'alert' : undefined}
      >
        {errors[name]}
      </p>
    ) : null
  const options = (
    <>
      <p>
        <label htmlFor="subscribe-name">{t.name}</label>
        <input
          {...invalid('name')}
          type="text"
          maxLength={SUBSCRIPTION_LIMITS.name}
          autoComplete="name"
          defaultValue={values.name}
        />
        {error('name')}
      </p>
      <NewsletterChoices
        prefix="subscribe"
        t={t}
        offered={offered}
        values={values}
        error={errors.choices}
      />
    </>
  )
  return (
    <form
      id="subscribe"
      className="comment-form subscribe-form"
      method="post"
      action="/subscriptions"
      noValidate
      data-sending={t.sending}
      data-generic={t.errors.generic}
    >
      {error('form')}
      <FormGuards prefix="subscribe" locale={locale} token={token} />
      <p>
        <label htmlFor="subscribe-email">{t.email}</label>
        <input
          {...invalid('email')}
          type="email"
          required
          maxLength={SUBSCRIPTION_LIMITS.email}
          autoComplete="email"
          defaultValue={values.email}
        />
        {error('email')}
      </p>
      {compact ? (
        <details className="subscribe-form__options" open={Boolean(errors.choices || errors.name)}>
          <summary>{t.options}</summary>
          {options}
        </details>
      ) : (
        options
      )}
      <p className="subscribe-form__consent">{t.consent}</p>
      <p>
        <button type="submit" className="button">
          {t.submit}
        </button>
      </p>
    </form>
  )
}
