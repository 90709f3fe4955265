import { Forbidden, type CollectionBeforeDeleteHook } from 'payload'

import { canAlways } from '@/access/gate'

/**
 * Payload's schedule drawer deletes a schedule with full access, whoever asks. Cancelling an
 * editor's schedule is an editor's decision; the runner itself (no user) clears finished jobs.
 * (Scheduling needs no guard of its own: the job publishes as the person who scheduled it, so
 * one queued by an intern is refused by the articles' own rules when it runs.)
 */
export const refuseUnscheduleByNonEditor: CollectionBeforeDeleteHook = ({ req }) => {
  if (req.user && !canAlways(req.user, 'jobs', 'cancel')) throw new Forbidden(req.t)
}
