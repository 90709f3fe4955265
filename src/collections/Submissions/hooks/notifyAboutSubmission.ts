import type { CollectionAfterChangeHook } from 'payload'

import { rolesThatCan } from '@/access/gate'
import { siteOrigin } from '@/lib/config/site'
import { addressesOfRoles, sendQuietly } from '@/lib/notify'
import type { Submission } from '@/payload-types'

/**
 * A new submission: the author gets a confirmation with the reference to quote, and every editor
 * and admin a link to it in the admin panel. (System look-ups: the submitter reads nothing.)
 */
export const notifyAboutSubmission: CollectionAfterChangeHook<Submission> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req })
  await sendQuietly(req, {
    to: doc.email,
    subject: `We received your article “${doc.title}” (${doc.reference})`,
    text:
      `Dear ${doc.name},\n\nThank you for sending “${doc.title}” to ${settings.siteName}. Your reference is ${doc.reference}; ` +
      `please quote it if you write to us. Our editors read every submission and aim to reply within about three weeks.\n\n` +
      `${settings.siteName}\n`,
  })
  await sendQuietly(req, {
    to: await addressesOfRoles(req, rolesThatCan('submissions', 'review')),
    subject: `New submission ${doc.reference}: “${doc.title}”`,
    text:
      `${doc.name}${doc.affiliation ? ` (${doc.affiliation})` : ''} sent a ${doc.kind} in ${doc.language}.\n\n` +
      `${doc.abstract}\n\nReview it: ${siteOrigin()}/admin/collections/submissions/${doc.id}\n`,
  })
  return doc
}
