import type { CommentFormState } from '@/components/comments/CommentForm'

import { encodeFlashCookie } from './flashCookie'
import { plausibleId } from './relations'

/**
 * Without JavaScript, a refused comment comes back through a redirect; the entered values and
 * the errors travel in this short-lived cookie (never in the URL, which would leak the e-mail).
 */
export const COMMENT_FLASH_COOKIE = 'comment-form'

export function encodeFlash(state: CommentFormState): string {
  return encodeFlashCookie(capFlash(state))
}

export function decodeFlash(value: string | undefined): CommentFormState | undefined {
  if (!value) return undefined
  try {
    return capFlash(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as CommentFormState)
  } catch {
    return undefined
  }
}

/** Only the form's fields, as text, each at most as long as the form accepts. */
function capFlash(parsed: CommentFormState): CommentFormState {
  const text = (input: unknown, max: number) => (typeof input === 'string' ? input.slice(0, max) : undefined)
  return {
    values: {
      authorName: text(parsed.values?.authorName, 100),
      authorEmail: text(parsed.values?.authorEmail, 254),
      body: text(parsed.values?.body, 5000),
      notifyOnReply: parsed.values?.notifyOnReply === true,
      // An opaque id, as text: kept only if it could be one (it goes back into a form and a URL).
      parent: plausibleId(parsed.values?.parent) ? parsed.values.parent : undefined,
    },
    errors: Object.fromEntries(
      Object.entries(parsed.errors ?? {}).filter(([, message]) => typeof message === 'string').map(([key, message]) => [key, String(message).slice(0, 300)]),
    ),
  }
}
