import type { PayloadRequest } from 'payload'

import { DEFAULT_LOCALE, isLocale, type Locale } from '@/i18n/config'
import type { Notification } from '@/i18n/notificationMessages'

/** Someone to notify, and the language their mail goes out in. */
export type Recipient = { email: string; language: Locale }

/**
 * The one rule for a notification's language: the recipient's own (a staff account's `language`,
 * the page a reader commented on, a submission's language) when it is one of the site's
 * languages, English otherwise (a Turkish submission, a guest author without an account).
 */
export const mailLanguage = (language: unknown): Locale =>
  isLocale(language) ? language : DEFAULT_LOCALE

/**
 * Sends a notification through Payload's e-mail adapter. A mail server being down must not undo
 * the reader's comment or the editor's action that caused the mail, so failures are logged only.
 */
async function sendQuietly(req: PayloadRequest, message: Notification & { to: string }) {
  try {
    await req.payload.sendEmail(message)
  } catch (error) {
    req.payload.logger.error({
      err: error,
      msg: `[mail] could not send "${message.subject}" to ${message.to}`,
    })
  }
}

/**
 * One mail per language among the recipients, composed in it: those who share a language share
 * the mail (all of them in `to`, as the notifications always were).
 */
export async function notify(
  req: PayloadRequest,
  recipients: Recipient[],
  compose: (language: Locale) => Notification,
) {
  const byLanguage = new Map<Locale, Set<string>>()
  for (const { email, language } of recipients) {
    if (!email) continue
    byLanguage.set(language, (byLanguage.get(language) ?? new Set()).add(email))
  }
  for (const [language, emails] of byLanguage) {
    await sendQuietly(req, { to: [...emails].join(', '), ...compose(language) })
  }
}

/** Every account with one of these roles (a system look-up). */
export async function staffWithRoles(
  req: PayloadRequest,
  roles: readonly string[],
): Promise<Recipient[]> {
  if (!roles.length) return []
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { role: { in: roles } },
    limit: 100,
    depth: 0,
    select: { email: true, language: true },
    req,
  })
  return docs.map((user) => ({ email: user.email, language: mailLanguage(user.language) }))
}

/**
 * The people behind an article's byline: the staff accounts linked to its authors, in their
 * languages, and for guest authors without an account the address on their profile, in English
 * (a profile records no language). A system look-up.
 */
export async function coAuthors(
  req: PayloadRequest,
  authorIds: (number | string)[],
): Promise<Recipient[]> {
  if (!authorIds.length) return []
  const [{ docs: users }, { docs: authors }] = await Promise.all([
    req.payload.find({
      collection: 'users',
      where: { author: { in: authorIds } },
      limit: 100,
      depth: 0,
      select: { email: true, author: true, language: true },
      req,
    }),
    req.payload.find({
      collection: 'authors',
      where: { id: { in: authorIds } },
      limit: 100,
      depth: 0,
      select: { email: true },
      req,
    }),
  ])
  const withAccount = new Set(users.map((user) => String(user.author)))
  const staff = users.map((user) => ({ email: user.email, language: mailLanguage(user.language) }))
  const staffEmails = new Set(staff.map((recipient) => recipient.email))
  const guests = authors
    .filter(
      (author) =>
        !withAccount.has(String(author.id)) && author.email && !staffEmails.has(author.email),
    )
    .map((author) => ({ email: author.email as string, language: DEFAULT_LOCALE }))
  return [...staff, ...guests]
}
