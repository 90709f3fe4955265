import type { PayloadRequest } from 'payload'

import type { Locale } from '@/i18n/config'
import { decisionTemplate, fillTemplate, type Decision } from '@/lib/emailTemplates'
import { mailLanguage } from '@/lib/notify'
import type { Submission } from '@/payload-types'

export const DECISIONS = ['accepted', 'declined'] as const satisfies Decision[]

export const decisionOf = (value: unknown): Decision | undefined =>
  DECISIONS.find((decision) => decision === value)

/** The decision e-mail as it will go out: to whom, in which language, with which subject and text. */
export type DecisionEmail = {
  decision: Decision
  to: string
  language: Locale
  subject: string
  body: string
}

/**
 * The decision e-mail composed from the editable template in the submission's language (English
 * for Turkish and other ones), its placeholders filled in: what the editor previews and may edit.
 */
export async function composeDecisionEmail(
  req: PayloadRequest,
  submission: Submission,
  decision: Decision,
): Promise<DecisionEmail> {
  const language = mailLanguage(submission.language)
  // That language's own text, not English in its place: decisionTemplate supplies the shipped one.
  const settings = await req.payload.findGlobal({
    slug: 'site-settings',
    locale: language,
    fallbackLocale: false,
    depth: 0,
    overrideAccess: false,
    req,
  })
  const template = decisionTemplate(settings.decisionEmails?.[decision], language, decision)
  const values = {
    name: submission.name,
    title: submission.title,
    reference: submission.reference ?? '',
    siteName: settings.siteName,
  }
  return {
    decision,
    to: submission.email,
    language,
    subject: fillTemplate(template.subject, values),
    body: fillTemplate(template.body, values),
  }
}
