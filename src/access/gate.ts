import type { Where } from 'payload'

import {
  ACTORS,
  PERMISSIONS,
  type Action,
  type Actor,
  type Grant,
  type Rule,
  type Subject,
} from './permissions'
import { roleOf, type Role } from './roles'
import { scopeWhere } from './scopes'

/**
 * The one gate in front of src/access/permissions.ts: every rule about roles in the code asks
 * one of these functions, by subject and action, instead of comparing roles itself. Free of
 * Payload's runtime, so admin components in the browser ask the same gate; src/access/index.ts
 * turns it into Payload access functions.
 */

export const actorOf = (user: unknown): Actor => roleOf(user) ?? 'anonymous'

const ruleOf = <S extends Subject>(subject: S, action: Action<S>): Rule =>
  (PERMISSIONS[subject].actions as Record<string, Rule>)[action]

const grantOf = <S extends Subject>(
  user: unknown,
  subject: S,
  action: Action<S>,
): Grant | undefined => ruleOf(subject, action)[actorOf(user)]

/** True, false, or the query that limits the action to the user's scope (Payload's access result). */
export function can<S extends Subject>(
  user: unknown,
  subject: S,
  action: Action<S>,
): boolean | Where {
  const grant = grantOf(user, subject, action)
  if (grant === undefined) return false
  if (grant === 'all') return true
  return scopeWhere(grant, user)
}

/** True only when the action is granted on every document (for checks that have no query to add). */
export const canAlways = <S extends Subject>(
  user: unknown,
  subject: S,
  action: Action<S>,
): boolean => grantOf(user, subject, action) === 'all'

/** The roles granted an action on everything: whom to notify, for example. */
export const rolesThatCan = <S extends Subject>(subject: S, action: Action<S>): Role[] =>
  ACTORS.filter(
    (actor): actor is Role => actor !== 'anonymous' && ruleOf(subject, action)[actor] === 'all',
  )
