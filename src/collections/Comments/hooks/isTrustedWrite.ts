import type { PayloadRequest } from 'payload'

import { userIsEditor } from '@/access/roles'

/**
 * Moderators' comments, and imports that a server-side script marks with
 * `context: { trustedImport: true }` (the Local API only: REST and GraphQL callers cannot set
 * `context`), skip the reader-facing policy, flood limit and duplicate check.
 */
export const isTrustedWrite = (req: PayloadRequest) => userIsEditor(req.user) || req.context?.trustedImport === true
