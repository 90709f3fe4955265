import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { decisionTemplate, fillTemplate, type Decision } from '@/lib/emailTemplates'
import { mailLanguage, notify } from '@/lib/notify'
import type { Submission } from '@/payload-types'

const DECISIONS = ['accepted', 'declined'] as const satisfies Decision[]

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

/**
 * Sends the decision stamped above, from the editable template in the submission's language
 * (English for Turkish and other ones).
 */
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
  const language = mailLanguage(doc.language)
  // That language's own text, not English in its place: decisionTemplate supplies the shipped one.
  const settings = await req.payload.findGlobal({
    slug: 'site-settings',
    locale: language,
    fallbackLocale: false,
    depth: 0,
    req,
  })
  const template = decisionTemplate(settings.decisionEmails?.[decision], language, decision)
  const values = {
    name: doc.name,
    title: doc.title,
    reference: doc.reference ?? '',
    siteName: settings.siteName,
  }
  await notify(req, [{ email: doc.email, language }], () => ({
    subject: fillTemplate(template.subject, values),
    text: fillTemplate(template.body, values),
  }))
  return doc
}
