import type { PayloadRequest } from 'payload'

import { canAlways } from '@/access/gate'

/**
 * Moderators' comments, and imports that a server-side script marks with
 * `context: { trustedImport: true }` (the Local API only: REST and GraphQL callers cannot set
 * `context`), skip the reader-facing policy, flood limit and duplicate check.
 */
export const isTrustedWrite = (req: PayloadRequest) =>
  canAlways(req.user, 'comments', 'moderate') || req.context?.trustedImport === true
