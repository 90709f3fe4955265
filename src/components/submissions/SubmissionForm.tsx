import type { ReactNode } from 'react'

import { SUBMISSION_LIMITS } from '@/collections/Submissions/limits'
import { FormGuards } from '@/components/FormGuards'
import type { SubmissionField, SubmissionFormState } from '@/components/submissions/formState'

type Option = { value: string; label: string }

export type SubmissionFormLabels = Record<SubmissionField | 'send' | 'sending' | 'generic', string>

/**
 * "Become an analyst": a plain multipart form that works without JavaScript; with JavaScript
 * (src/client/submissionForm.ts) it uploads with a progress bar and shows errors by the fields,
 * then opens the thank-you page.
 */
export function SubmissionForm({
  locale,
  token,
  labels,
  kinds,
  languages,
  terms,
  initial = {},
}: {
  locale: string
  token: string
  labels: SubmissionFormLabels
  /** What the consent checkbox agrees to, shown just above it. */
  terms: ReactNode
  kinds: Option[]
  languages: Option[]
  initial?: SubmissionFormState
}) {
  const errors = initial.errors ?? {}
  const values = initial.values ?? {}

  const described = (name: SubmissionField) => ({
    id: `submission-${name}`,
    name,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `submission-${name}-error` : undefined,
  })
  const error = (name: SubmissionField | 'form') =>
    errors[name] ? (
      <p
        className="field-error"
        id={`submission-${name}-error`}
        role={name === 'form' ? 'alert' : undefined}
      >
        {errors[name]}
      </p>
    ) : null
  const text = (
    name: 'name' | 'email' | 'affiliation' | 'title',
    type = 'text',
    required = true,
  ) => (
    <p>
      <label htmlFor={`submission-${name}`}>{labels[name]}</label>
      <input
        {...described(name)}
        type={type}
        required={required}
        maxLength={200}
        defaultValue={values[name]}
      />
      {error(name)}
    </p>
  )
  const area = (name: 'bio' | 'abstract') => (
    <p>
      <label htmlFor={`submission-${name}`}>{labels[name]}</label>
      <textarea
        {...described(name)}
        rows={5}
        required
        maxLength={SUBMISSION_LIMITS[name]}
        defaultValue={values[name]}
      />
      {error(name)}
    </p>
  )
  const select = (name: 'kind' | 'language', options: Option[]) => (
    <p>
      <label htmlFor={`submission-${name}`}>{labels[name]}</label>
      <select {...described(name)} required defaultValue={values[name] ?? options[0]?.value}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error(name)}
    </p>
  )

  return (
    <form
      id="submission-form"
      className="comment-form submission-form"
      method="post"
      action="/submissions"
      encType="multipart/form-data"
      noValidate
      data-sending={labels.sending}
      data-generic={labels.generic}
    >
      {error('form')}
      <FormGuards prefix="submission" locale={locale} token={token} />
      {text('name')}
      {text('email', 'email')}
      {text('affiliation', 'text', false)}
      {area('bio')}
      {select('kind', kinds)}
      {text('title')}
      {area('abstract')}
      {select('language', languages)}
      <p>
        <label htmlFor="submission-file">{labels.file}</label>
        <input {...described('file')} type="file" required accept=".docx,.doc,.pdf,.odt" />
        {error('file')}
      </p>
      {terms}
      <p className="checkbox">
        <input {...described('consent')} type="checkbox" value="on" required />
        <label htmlFor="submission-consent">{labels.consent}</label>
      </p>
      {error('consent')}
      <p>
        <button type="submit" className="button">
          {labels.send}
        </button>
      </p>
    </form>
  )
}
