import type { Access } from 'payload'

import { userIsAdmin, userIsEditor } from '@/access/roles'

/** Editors see the whole staff list (to assign authors); interns see only their own account. */
export const editorsOrSelf: Access = ({ req: { user } }) => {
  if (userIsEditor(user)) return true
  return user ? { id: { equals: user.id } } : false
}

/** Admins manage every account; everyone else may only edit their own. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (userIsAdmin(user)) return true
  return user ? { id: { equals: user.id } } : false
}
