import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { isLocale } from '@/i18n/config'
import { fillTemplate } from '@/lib/emailTemplates'
import { sendQuietly } from '@/lib/notify'
import type { Submission } from '@/payload-types'

const DECISIONS = ['accepted', 'declined'] as const
type Decision = (typeof DECISIONS)[number]

const decisionOf = (status: Submission['status'] | undefined): Decision | undefined =>
  DECISIONS.find((decision) => decision === status)

/**
 * Notes the moment the decision mail goes out: when the status becomes Accepted or Declined and
 * "E-mail the submitter" is ticked. Stamped before the write so the record shows it at once.
 */
export const stampDecisionEmail: CollectionBeforeChangeHook<Submission> = ({
  data,
  operation,
  originalDoc,
}) => {
  if (operation !== 'update' || !decisionOf(data.status) || data.status === originalDoc?.status)
    return data
  const wanted = data.sendDecisionEmail ?? originalDoc?.sendDecisionEmail ?? true
  return wanted ? { ...data, decisionEmailedAt: new Date().toISOString() } : data
}

/** Sends the decision stamped above, from the editable template in the submission's language. */
export const emailDecision: CollectionAfterChangeHook<Submission> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const decision = decisionOf(doc.status)
  if (
    operation !== 'update' ||
    !decision ||
    !doc.decisionEmailedAt ||
    doc.decisionEmailedAt === previousDoc?.decisionEmailedAt
  ) {
    return doc
  }
  const settings = await req.payload.findGlobal({
    slug: 'site-settings',
    locale: isLocale(doc.language) ? doc.language : 'en',
    depth: 0,
    req,
  })
  const template = settings.decisionEmails?.[decision]
  const values = {
    name: doc.name,
    title: doc.title,
    reference: doc.reference ?? '',
    siteName: settings.siteName,
  }
  await sendQuietly(req, {
    to: doc.email,
    subject: fillTemplate(template?.subject ?? '', values),
    text: fillTemplate(template?.body ?? '', values),
  })
  return doc
}
