import type { SubmissionFormState } from '@/components/submissions/SubmissionForm'

import { encodeFlashCookie } from './flashCookie'

/** No-JavaScript round trip of the submission form: values (never the file) and errors, for two minutes. */
export const SUBMISSION_FLASH_COOKIE = 'submission-form'

export const encodeSubmissionFlash = (state: SubmissionFormState) => encodeFlashCookie(state)

export function decodeSubmissionFlash(value: string | undefined): SubmissionFormState | undefined {
  if (!value) return undefined
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as SubmissionFormState
    const strings = (input: unknown) =>
      Object.fromEntries(
        Object.entries((input ?? {}) as Record<string, unknown>)
          .filter(([, item]) => typeof item === 'string')
          .map(([key, item]) => [key, String(item).slice(0, 3000)]),
      )
    return { values: strings(parsed.values), errors: strings(parsed.errors) }
  } catch {
    return undefined
  }
}
