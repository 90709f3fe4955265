import type { CollectionBeforeChangeHook } from 'payload'

import type { Submission } from '@/payload-types'

/** What the decision endpoint sent, handed to this hook through the request's context. */
export type DecisionSent = Pick<
  Submission,
  'decisionEmailedAt' | 'decisionEmailSubject' | 'decisionEmailBody'
>

export const DECISION_SENT = 'decisionSent'

/**
 * Records the decision e-mail that went out. Those fields are the server's own (nobody may set
 * them through an API), so the send endpoint passes them here rather than in the update's data.
 */
export const stampDecisionSent: CollectionBeforeChangeHook<Submission> = ({ data, req }) => {
  const sent = req.context[DECISION_SENT] as DecisionSent | undefined
  return sent ? { ...data, ...sent } : data
}
