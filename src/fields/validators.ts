import type { TextFieldSingleValidation } from 'payload'

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
