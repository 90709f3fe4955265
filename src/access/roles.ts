import type { Author, User } from '@/payload-types'
import { idOf } from '@/lib/relations'

export const ROLES = ['admin', 'editor', 'intern'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = Pick<User, 'role'> | null | undefined

/** A staff account's role; undefined for a visitor (and for users of other auth collections, none today). */
export function roleOf(user: unknown): Role | undefined {
  const role = (user as MaybeUser)?.role
  return ROLES.includes(role as Role) ? (role as Role) : undefined
}

/** The author profile a staff account writes as, as an id. */
export function authorIdOf(user: unknown): Author['id'] | undefined {
  const author = (user as Pick<User, 'author'> | null | undefined)?.author
  if (author === null || author === undefined) return undefined
  return idOf(author)
}
