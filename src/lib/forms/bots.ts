import { formAge } from '@/lib/signedToken'

import type { FormFields } from './fields'

/** A form sent faster than this after it was shown is a bot's. */
export const MIN_FILL_SECONDS = 3

export type BotCheck = {
  /** Why the post is a bot's, or null when it may be a person's. */
  bot: 'honeypot' | 'fill time' | null
  /** Seconds since the form was handed out; null without a valid token (a script, or a page cached under an older secret). */
  age: number | null
}

/**
 * Bots fill in the hidden "website" field, or send the form impossibly fast (its signed token
 * says when it was handed out). They get the same thank-you as people, so they learn nothing.
 */
export function checkForBots(fields: FormFields, secret: string): BotCheck {
  const age = formAge(fields.raw('token'), secret)
  if (fields.raw('website')) return { bot: 'honeypot', age }
  return { bot: age !== null && age < MIN_FILL_SECONDS ? 'fill time' : null, age }
}
