import { SUBMISSION_LIMITS } from '@/collections/Submissions/limits'

import { flashCookie, textEntries } from '@/lib/forms/flash'

export type SubmissionField =
  | 'name'
  | 'email'
  | 'affiliation'
  | 'bio'
  | 'kind'
  | 'title'
  | 'abstract'
  | 'language'
  | 'file'
  | 'consent'

/** The fields a refused form shows again: never the file, and consent is asked anew. */
export type SubmissionValues = Partial<Record<Exclude<SubmissionField, 'file' | 'consent'>, string>>

export type SubmissionFormState = {
  values?: SubmissionValues
  errors?: Partial<Record<SubmissionField | 'form', string>>
}

/** Text only, none longer than the longest field the collection takes. */
const MAX_TEXT = Math.max(...Object.values(SUBMISSION_LIMITS))

export const submissionFlash = flashCookie<SubmissionFormState>('submission-form', (state) => ({
  values: textEntries(state.values, MAX_TEXT),
  errors: textEntries(state.errors, MAX_TEXT),
}))
