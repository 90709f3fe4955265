import type { Access } from 'payload'

import { userIsAdmin } from '@/access/roles'

/**
 * The public form is for outside authors: anonymous visitors send submissions. Staff accounts
 * do not (DESIGN.md's role table), except admins, who may do everything.
 */
export const anonymousOrAdmin: Access = ({ req: { user } }) => !user || userIsAdmin(user)
