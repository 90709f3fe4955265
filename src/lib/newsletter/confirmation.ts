import type { PayloadRequest } from 'payload'

import { isLocale } from '@/i18n/config'
import type { SubscriptionRequest } from '@/payload-types'

import { confirmationMail } from './compose'
import { confirmLink } from './links'
import { siteName } from './site'

/**
 * The double opt-in's mail: a signed link to confirm this request. It goes to the address asked
 * for, whoever asked, and only there; a mail server that is down is logged and does not refuse the
 * request (the reader sees the same answer either way and may ask again).
 */
export async function sendConfirmationMail(
  req: PayloadRequest,
  request: SubscriptionRequest,
): Promise<void> {
  const { payload } = req
  const locale = isLocale(request.locale) ? request.locale : 'en'
  const mail = confirmationMail({
    site: await siteName(payload),
    locale,
    link: confirmLink(request, payload.secret),
  })
  try {
    await payload.sendEmail({ to: request.email, ...mail })
  } catch (error) {
    payload.logger.error({ err: error, msg: '[newsletter] could not send a confirmation mail' })
  }
}
