import crypto from 'node:crypto'

import type { Endpoint, PayloadRequest } from 'payload'

import { demand } from '@/access'
import { ROLES, type Role } from '@/access/roles'
import { isLocale, type Locale } from '@/i18n/config'
import { notificationMessages } from '@/i18n/notificationMessages'
import { siteOrigin } from '@/lib/config/site'
import { problem } from '@/lib/problem'
import type { User } from '@/payload-types'

/** How long an invitation's link works: long enough to be opened after a weekend. */
export const INVITATION_HOURS = 48

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

type Invitation = { name: string; email: string; role: Role; language: Locale }

/** The invitation from the request's JSON, or the field that is missing or wrong. */
function readInvitation(body: unknown): Invitation | { field: string; message: string } {
  const data = (body ?? {}) as Record<string, unknown>
  const name = typeof data.name === 'string' ? data.name.trim() : ''
  if (!name || name.length > 120)
    return { field: 'name', message: 'Give a name (at most 120 characters).' }
  const email = typeof data.email === 'string' ? data.email.trim().toLowerCase() : ''
  if (!EMAIL.test(email)) return { field: 'email', message: 'Give a valid e-mail address.' }
  if (!ROLES.includes(data.role as Role))
    return { field: 'role', message: `role must be one of ${ROLES.join(', ')}.` }
  const language = isLocale(data.language) ? data.language : 'en'
  return { name, email, role: data.role as Role, language }
}

/** Sends the invitation with its link to set a password; the link is Payload's reset page. */
async function sendInvitation(req: PayloadRequest, user: User, token: string, language: Locale) {
  const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req })
  await req.payload.sendEmail({
    to: user.email,
    ...notificationMessages(language).invitation({
      name: user.name,
      inviter: req.user && 'name' in req.user ? String(req.user.name) : undefined,
      site: settings.siteName,
      link: `${siteOrigin()}/admin/reset/${token}`,
      hours: INVITATION_HOURS,
    }),
  })
}

/**
 * POST /api/users/invite {name, email, role, language?}: an admin adds a staff member without
 * choosing their password. The account gets an unguessable one nobody knows, and its owner an
 * e-mail with a link to set their own (Payload's reset-password token, valid INVITATION_HOURS).
 * A mail that cannot be sent takes the account back: nothing is left half-made.
 */
export const invite: Endpoint = {
  path: '/invite',
  method: 'post',
  handler: async (req) => {
    demand(req, 'users', 'create', {
      anonymous: 'Log in as an admin to invite staff.',
      forbidden: 'Only admins invite staff.',
    })
    const invitation = readInvitation(await req.json?.().catch(() => null))
    if ('field' in invitation) return problem(400, invitation.field, invitation.message)
    const user = await req.payload.create({
      collection: 'users',
      data: { ...invitation, password: crypto.randomBytes(32).toString('base64url') },
      overrideAccess: false,
      req,
    })
    try {
      const token = await req.payload.forgotPassword({
        collection: 'users',
        data: { email: user.email },
        disableEmail: true,
        expiration: INVITATION_HOURS * 3_600_000,
        req,
      })
      await sendInvitation(req, user, token, invitation.language)
    } catch (error) {
      req.payload.logger.error({ err: error, msg: `[users] could not invite ${user.email}` })
      await req.payload.delete({ collection: 'users', id: user.id, overrideAccess: false, req })
      return problem(502, 'email', 'The invitation could not be sent, so no account was made.')
    }
    return Response.json({ user: { id: user.id, email: user.email } }, { status: 201 })
  },
}
