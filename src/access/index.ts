import { APIError, type Access, type FieldAccess, type PayloadRequest } from 'payload'

import { actorOf, can, canAlways } from './gate'
import {
  PERMISSIONS,
  type Action,
  type FieldName,
  type FieldOperation,
  type Rule,
  type Subject,
} from './permissions'

/**
 * Payload access functions made from the gate (src/access/gate.ts), so that every collection,
 * field, global and job states its rule as a row of src/access/permissions.ts.
 */

/** Payload's operations on a collection or global that take a query as well as a yes or no. */
const QUERYABLE_OPERATIONS = ['read', 'readVersions', 'create', 'update', 'delete'] as const
/** Payload's operations that take a plain yes or no. */
const BOOLEAN_OPERATIONS = ['admin', 'unlock'] as const

/** A collection's or global's `access` block: one function per Payload operation its table row names. */
export function accessOf(
  subject:
    | 'attempts'
    | 'articles'
    | 'authors'
    | 'topics'
    | 'pages'
    | 'redirects'
    | 'teams'
    | 'media'
    | 'site-icons'
    | 'comments'
    | 'submissions'
    | 'users'
    | 'site-settings'
    | 'subscribers'
    | 'subscription-requests'
    | 'mailings'
    | 'deliveries',
) {
  const actions = PERMISSIONS[subject].actions as Record<string, Rule>
  const named = <O extends string>(operations: readonly O[]) =>
    operations.filter((operation) => operation in actions) as O[]
  return Object.fromEntries([
    ...named(QUERYABLE_OPERATIONS).map((operation) => [
      operation,
      allow(subject, operation as never),
    ]),
    ...named(BOOLEAN_OPERATIONS).map((operation) => [
      operation,
      allowWhole(subject, operation as never),
    ]),
  ]) as Partial<
    Record<(typeof QUERYABLE_OPERATIONS)[number], Access> &
      Record<
        (typeof BOOLEAN_OPERATIONS)[number],
        (args: { req: Pick<PayloadRequest, 'user'> }) => boolean
      >
  >
}

/** A Payload access function for a collection, global or jobs operation. */
export const allow =
  <S extends Subject>(subject: S, action: Action<S>): Access =>
  ({ req }) =>
    can(req.user, subject, action)

/**
 * A plain-boolean access function, for the places where Payload takes no query
 * (`access.admin`, `access.unlock`, jobs) and for operations that are granted whole or not at all.
 */
export const allowWhole =
  <S extends Subject>(subject: S, action: Action<S>) =>
  ({ req }: { req: Pick<PayloadRequest, 'user'> }): boolean =>
    canAlways(req.user, subject, action)

/**
 * A field's `access` block from its row in the table: one function per operation the table names
 * (unnamed operations stay open). A field whose access returns false is dropped from the input, so
 * the stored value falls back to its default (or stays unchanged) instead of taking the caller's.
 */
export function fieldAccess<S extends Subject>(
  subject: S,
  field: FieldName<S>,
): Partial<Record<FieldOperation, FieldAccess>> {
  const rules = (
    PERMISSIONS[subject].fields as Record<string, Partial<Record<FieldOperation, Rule>>>
  )[field]
  return Object.fromEntries(
    Object.entries(rules).map(([operation, rule]): [string, FieldAccess] => [
      operation,
      ({ req }) => rule?.[actorOf(req.user)] === 'all',
    ]),
  )
}

/**
 * For custom endpoints, which Payload does not guard: 401 without a session, 403 when the action
 * is not granted on everything, each with the message given (the endpoint knows what was asked).
 */
export function demand<S extends Subject>(
  req: PayloadRequest,
  subject: S,
  action: Action<S>,
  refusal: { anonymous: string; forbidden: string },
): asserts req is PayloadRequest & { user: NonNullable<PayloadRequest['user']> } {
  if (canAlways(req.user, subject, action)) return
  throw req.user
    ? new APIError(refusal.forbidden, 403, undefined, true)
    : new APIError(refusal.anonymous, 401, undefined, true)
}

/**
 * An `admin.hidden` rule: the collection or global stays off the navigation and the dashboard of
 * those who may not `action` all of it (an intern has nothing to do in the site settings). Only
 * the admin's menus: access is still decided by the rules above.
 */
export const hiddenUnless =
  <S extends Subject>(subject: S, action: Action<S>) =>
  ({ user }: { user: unknown }) =>
    !canAlways(user, subject, action)
