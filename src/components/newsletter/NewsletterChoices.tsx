import type { NewsletterMessages } from '@/i18n/newsletterMessages'

import type { SubscriptionFormState } from './formState'

/** A topic or an author the reader may choose, by its id as text. */
export type ChoiceOption = { id: string; name: string }

export type Offered = { topics: ChoiceOption[]; authors: ChoiceOption[] }

type Values = NonNullable<SubscriptionFormState['values']>

/**
 * How often and what, in the subscribe form and on the preferences page: every publication or a
 * weekly digest; everything, or the topics and authors ticked below. Plain radio buttons and
 * checkboxes: the server reads them as they are (src/lib/newsletter/choices.ts).
 */
export function NewsletterChoices({
  prefix,
  t,
  offered,
  values,
  error,
}: {
  prefix: string
  t: NewsletterMessages
  offered: Offered
  values: Values
  error?: string
}) {
  const radio = (name: 'frequency' | 'scope', value: string, label: string, checked: boolean) => (
    <p className="checkbox">
      <input
        id={`${prefix}-${name}-${value}`}
        type="radio"
        name={name}
        value={value}
        defaultChecked={checked}
      />
      <label htmlFor={`${prefix}-${name}-${value}`}>{label}</label>
    </p>
  )
  const group = (name: 'topics' | 'authors', legend: string, options: ChoiceOption[]) =>
    options.length > 0 && (
      <fieldset className="newsletter-choices__group">
        <legend>{legend}</legend>
        {options.map((option) => (
          <p className="checkbox" key={option.id}>
            <input
              id={`${prefix}-${name}-${option.id}`}
              type="checkbox"
              name={name}
              value={option.id}
              defaultChecked={values[name]?.includes(option.id)}
            />
            <label htmlFor={`${prefix}-${name}-${option.id}`}>{option.name}</label>
          </p>
        ))}
      </fieldset>
    )
  const chosen = values.scope === 'chosen'
  return (
    <>
      <fieldset className="newsletter-choices">
        <legend>{t.frequency}</legend>
        {radio('frequency', 'each', t.each, values.frequency !== 'weekly')}
        {radio('frequency', 'weekly', t.weekly, values.frequency === 'weekly')}
      </fieldset>
      <fieldset
        className="newsletter-choices"
        id={`${prefix}-choices`}
        aria-describedby={error ? `${prefix}-choices-error` : undefined}
      >
        <legend>{t.what}</legend>
        {radio('scope', 'all', t.everything, !chosen)}
        {radio('scope', 'chosen', t.chosen, chosen)}
        {group('topics', t.topics, offered.topics)}
        {group('authors', t.authors, offered.authors)}
      </fieldset>
      {error && (
        <p className="field-error" id={`${prefix}-choices-error`}>
          {error}
        </p>
      )}
    </>
  )
}
