import { SUBSCRIPTION_LIMITS } from '@/fields/subscription'
import { LOCALES, LOCALE_NAMES } from '@/i18n/config'
import type { NewsletterMessages } from '@/i18n/newsletterMessages'

import type { SubscriptionFormState } from './formState'
import { NewsletterChoices, type Offered } from './NewsletterChoices'

/**
 * A subscriber's choices, from the signed link of any of our mails (no account): the name, the
 * language of the mails, how often and what. `action` is the link itself, so the POST proves the
 * same thing the link does.
 */
export function PreferencesForm({
  action,
  t,
  offered,
  language,
  state,
}: {
  action: string
  t: NewsletterMessages
  offered: Offered
  language: string
  state: SubscriptionFormState & { notice?: string }
}) {
  const values = state.values ?? {}
  const errors = state.errors ?? {}
  return (
    <form id="preferences" className="comment-form subscribe-form" method="post" action={action}>
      {state.notice && (
        <p className="notice" role="status">
          {state.notice}
        </p>
      )}
      {errors.form && (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      )}
      <p>
        <label htmlFor="preferences-name">{t.name}</label>
        <input
          id="preferences-name"
          name="name"
          type="text"
          maxLength={SUBSCRIPTION_LIMITS.name}
          autoComplete="name"
          defaultValue={values.name}
        />
      </p>
      <p>
        <label htmlFor="preferences-language">{t.language}</label>
        <select id="preferences-language" name="language" defaultValue={language}>
          {LOCALES.map((code) => (
            <option key={code} value={code}>
              {LOCALE_NAMES[code]}
            </option>
          ))}
        </select>
      </p>
      <NewsletterChoices
        prefix="preferences"
        t={t}
        offered={offered}
        values={values}
        error={errors.choices}
      />
      <p>
        <button type="submit" className="button">
          {t.save}
        </button>
      </p>
    </form>
  )
}
