import type { Endpoint, PayloadRequest } from 'payload'

import { demand } from '@/access'
import { adminT } from '@/i18n/admin'
import { problem } from '@/lib/problem'
import type { Submission } from '@/payload-types'

import { composeDecisionEmail, decisionOf } from '../decisionEmail'
import { DECISION_SENT, type DecisionSent } from '../hooks/stampDecisionSent'
import { findSubmission } from './findSubmission'

/** The longest subject and text an editor may send, as the templates in Site settings allow. */
const SUBJECT_MAX = 200
const BODY_MAX = 5000

const demandDecider = (req: PayloadRequest) =>
  demand(req, 'submissions', 'review', {
    anonymous: 'Log in as an editor to decide on a submission.',
    forbidden: 'Only editors decide on submissions and write to their authors.',
  })

async function readBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  const body = await req.json?.().catch(() => null)
  return body && typeof body === 'object' && !Array.isArray(body) ? body : {}
}

/**
 * The submission and the decision to write about: the one the editor has chosen in the form
 * (`decision`), or else the status already saved. Neither Accepted nor Declined is a 409.
 */
async function decisionTarget(req: PayloadRequest, body: Record<string, unknown>) {
  const submission = await findSubmission(req)
  if (submission instanceof Response) return submission
  const t = adminT(req.t)
  if (submission.decisionEmailedAt) {
    return problem(409, 'decisionEmailedAt', t('cms:decision:alreadySent'))
  }
  const decision = decisionOf(body.decision ?? submission.status)
  if (!decision) return problem(409, 'decision', t('cms:decision:chooseFirst'))
  return { submission, decision }
}

/** "Preview the e-mail": the subject and text that will go out, for the editor to read and edit. */
export const previewDecision: Endpoint = {
  path: '/:id/decision/preview',
  method: 'post',
  handler: async (req) => {
    demandDecider(req)
    const target = await decisionTarget(req, await readBody(req))
    if (target instanceof Response) return target
    return Response.json(await composeDecisionEmail(req, target.submission, target.decision))
  },
}

/** A subject or text the editor sent: present, and no longer than a template may be. */
function editedText(value: unknown, field: string, max: number, t: ReturnType<typeof adminT>) {
  if (typeof value !== 'string' || !value.trim()) {
    return problem(400, field, t('cms:decision:empty'))
  }
  if (value.length > max) return problem(400, field, t('cms:decision:tooLong', { max }))
  return value
}

/**
 * "Send": mails the decision, as previewed and perhaps edited for this one author, then stores the
 * decision as the submission's status with what was sent and when. Sent once: a second send is a
 * 409. A mail server that refuses it leaves the submission as it was, so the editor can try again.
 */
export const sendDecision: Endpoint = {
  path: '/:id/decision/send',
  method: 'post',
  handler: async (req) => {
    demandDecider(req)
    const body = await readBody(req)
    const target = await decisionTarget(req, body)
    if (target instanceof Response) return target
    const t = adminT(req.t)
    const subject = editedText(body.subject, 'subject', SUBJECT_MAX, t)
    if (subject instanceof Response) return subject
    const text = editedText(body.body, 'body', BODY_MAX, t)
    if (text instanceof Response) return text
    const { submission, decision } = target
    try {
      await req.payload.sendEmail({ to: submission.email, subject, text })
    } catch (error) {
      req.payload.logger.error({
        err: error,
        msg: `[submissions] decision for ${submission.reference} not sent`,
      })
      return problem(502, 'email', t('cms:decision:mailFailed'))
    }
    const sent: DecisionSent = {
      decisionEmailedAt: new Date().toISOString(),
      decisionEmailSubject: subject,
      decisionEmailBody: text,
    }
    const doc: Submission = await req.payload.update({
      collection: 'submissions',
      id: submission.id,
      data: { status: decision },
      context: { [DECISION_SENT]: sent },
      depth: 0,
      overrideAccess: false,
      req,
    })
    return Response.json({
      to: submission.email,
      status: doc.status,
      decisionEmailedAt: doc.decisionEmailedAt,
      decisionEmailSubject: doc.decisionEmailSubject,
      decisionEmailBody: doc.decisionEmailBody,
    })
  },
}
