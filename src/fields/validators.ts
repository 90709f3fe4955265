import type {
  EmailFieldValidation,
  TextareaFieldValidation,
  TextFieldSingleValidation,
} from 'payload'
import { email, text, textarea } from 'payload/shared'

/** Only absolute http(s) addresses: a `javascript:` link in a profile would run in readers' browsers. */
export const validateHttpUrl: TextFieldSingleValidation = (value, { required }) => {
  if (!value) return required ? 'A web address is required.' : true
  try {
    const url = new URL(value)
    if (url.protocol === 'https:' || url.protocol === 'http:') return true
  } catch {
    // fall through to the message
  }
  return 'Enter a full web address starting with https:// (or http://).'
}

const NOT_TEXT = 'This field takes text.'
const isTextOrEmpty = (value: unknown) =>
  value === null || value === undefined || typeof value === 'string'

/**
 * Payload's own text checks measure `.length` and nothing else, so a number, array or object sent
 * over REST passes them, and is stored or crashes a hook (a 500); Payload's e-mail check throws on an
 * object whose `toString` is not a function (a 500). Readers' fields refuse such values, by name.
 */
export const textOnly: TextFieldSingleValidation = (value, options) =>
  isTextOrEmpty(value) ? text(value, options) : NOT_TEXT
export const textareaOnly: TextareaFieldValidation = (value, options) =>
  isTextOrEmpty(value) ? textarea(value, options) : NOT_TEXT
export const emailOnly: EmailFieldValidation = (value, options) =>
  isTextOrEmpty(value) ? email(value, options) : NOT_TEXT
