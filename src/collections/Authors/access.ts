import type { Access } from 'payload'

import { authorIdOf, userIsEditor } from '@/access/roles'

/** Editors manage every profile; a staff member may edit the profile their account writes as. */
export const editorOrOwnProfile: Access = ({ req: { user } }) => {
  if (userIsEditor(user)) return true
  const authorId = authorIdOf(user)
  return authorId === undefined ? false : { id: { equals: authorId } }
}
