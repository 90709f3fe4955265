import type { Access } from 'payload'

import { userIsEditor } from '@/access/roles'

/** Readers and interns see approved comments; moderators see all of them. */
export const approvedOrEditor: Access = ({ req: { user } }) =>
  userIsEditor(user) || { status: { equals: 'approved' } }
