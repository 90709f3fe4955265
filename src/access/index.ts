import type { Access, AccessArgs, FieldAccess } from 'payload'

import { userIsAdmin, userIsEditor, userIsStaff } from './roles'

export const anyone: Access = () => true

// Plain booleans (never a query), so they also fit `access.admin` and `access.unlock`.
type RoleCheck = (args: Pick<AccessArgs, 'req'>) => boolean

export const isAdmin: RoleCheck = ({ req }) => userIsAdmin(req.user)
export const isEditor: RoleCheck = ({ req }) => userIsEditor(req.user)
export const isStaff: RoleCheck = ({ req }) => userIsStaff(req.user)

// Field-level rules: a field whose access returns false is dropped from the input, so the stored
// value falls back to its default (or stays unchanged) instead of taking the caller's value.
export const adminField: FieldAccess = ({ req }) => userIsAdmin(req.user)
export const editorField: FieldAccess = ({ req }) => userIsEditor(req.user)
export const staffField: FieldAccess = ({ req }) => userIsStaff(req.user)
