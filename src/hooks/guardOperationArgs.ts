import {
  APIError,
  QueryError,
  ValidationError,
  type CollectionBeforeOperationHook,
  type Payload,
  type SanitizedCollectionConfig,
  type Where,
} from 'payload'

import { acceptsConstraint, type Column } from '@/lib/database'

/**
 * Request shapes that Payload 3.90 answers with a 500 instead of a 400, found by fuzzing
 * (tests/int/hostile-rest.test.ts) and refused here, before Payload touches them:
 * - a body that is JSON but not an object (`1e999`, `"x"`, `[1]`): field hooks crash on it;
 * - a body nested deeper than any document of ours: Payload's deep merge overflows the stack;
 * - a relationship or upload value that is not an id the engine could hold (see malformedRelations);
 * - a `where` constraint the database engine cannot evaluate on its column (`where[article][in]=x`,
 *   `like` on a date, a select option that does not exist): what each engine can evaluate is the
 *   database seam's to say (src/lib/database/queries.ts);
 * - a NUL character in a string: the embedded engine stored the text only up to it, so "ab\0cd" became
 *   "ab" and a comment of just "\0" was saved empty, then refused by every later update (found by the
 *   browser fuzzer). NULs are removed from every string written, before validation sees the value;
 * - a `createdAt`/`updatedAt` that is not a date (`true`, `"zzz"`, `{}`): Payload does not validate
 *   its own timestamps. They are the server's to set, so a write made for a request drops them,
 *   which also stops a reader from back-dating a comment.
 */
const MAX_BODY_DEPTH = 64
const SERVER_STAMPED_FIELDS = ['createdAt', 'updatedAt']

class RequestBodyError extends APIError {
  constructor(message: string) {
    super(message, 400, undefined, true)
  }
}

/** True when `value` has objects or arrays nested more than `limit` levels (stops at the limit). */
function nestedDeeperThan(value: unknown, limit: number): boolean {
  if (value === null || typeof value !== 'object') return false
  if (limit === 0) return true
  return Object.values(value).some((child) => nestedDeeperThan(child, limit - 1))
}

type FlatField = SanitizedCollectionConfig['flattenedFields'][number]

/** An id the engine could hold (empty counts as "none", as Payload takes it), judged by the database seam. */
const isIdValue = (payload: Payload, value: unknown) =>
  (typeof value === 'string' || typeof value === 'number') &&
  (value === '' || acceptsConstraint(payload, { kind: 'id' }, 'equals', [value]))

/** An id, a document with one (populated), or a polymorphic `{ relationTo, value }` of either. */
function isRelationValue(payload: Payload, value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return isIdValue(payload, value)
  const {
    id,
    relationTo,
    value: inner,
  } = value as { id?: unknown; relationTo?: unknown; value?: unknown }
  if (id !== undefined) return isIdValue(payload, id)
  return typeof relationTo === 'string' && !Array.isArray(inner) && isRelationValue(payload, inner)
}

/**
 * Top-level relationship and upload fields whose value is not one (or, for a has-many field, a list
 * of them): `{"toString": "x"}` made Payload's validation throw; `0`, `false` or `[0]` for a single
 * relationship slipped past it to the database's foreign key. Both were 500s found by the fuzzer.
 */
function malformedRelations(
  payload: Payload,
  collection: SanitizedCollectionConfig,
  data: Record<string, unknown>,
): string[] {
  return collection.flattenedFields
    .filter(
      (field) =>
        (field.type === 'relationship' || field.type === 'upload') &&
        data[field.name] !== undefined &&
        data[field.name] !== null,
    )
    .filter((field) => {
      const value = data[field.name]
      const many = 'hasMany' in field && field.hasMany
      if (Array.isArray(value))
        return !many || value.some((item) => !isRelationValue(payload, item))
      return !isRelationValue(payload, value)
    })
    .map((field) => field.name)
}

function checkData(payload: Payload, collection: SanitizedCollectionConfig, data: unknown): void {
  if (data === undefined) return
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new RequestBodyError('The request body must be a JSON object.')
  if (nestedDeeperThan(data, MAX_BODY_DEPTH))
    throw new RequestBodyError(
      `The request body is nested more than ${MAX_BODY_DEPTH} levels deep.`,
    )
  const malformed = malformedRelations(payload, collection, data as Record<string, unknown>)
  if (malformed.length) {
    throw new ValidationError({
      collection: collection.slug,
      errors: malformed.map((path) => ({ path, message: 'This must be the id of a document.' })),
    })
  }
}

/** The kind of column a field is stored in, as the engine's query rules see it. */
function columnOf(field: FlatField | undefined): Column {
  switch (field?.type) {
    case 'relationship':
    case 'upload':
      return { kind: 'id' }
    case 'number':
      return { kind: 'number' }
    case 'checkbox':
      return { kind: 'checkbox' }
    case 'date':
      return { kind: 'date' }
    case 'point':
      return { kind: 'point' }
    case 'select':
    case 'radio':
      return {
        kind: 'option',
        options: field.options.map((option) =>
          typeof option === 'string' ? option : option.value,
        ),
      }
    default:
      return { kind: 'text' }
  }
}

/**
 * The column a `where` path ends on: `id`, a field, or a path through groups and single-collection
 * relationships (`authors.name`, `authors.photo`). What cannot be resolved counts as text.
 */
function columnAt(payload: Payload, fields: FlatField[], path: string): Column {
  const [name, ...rest] = path.split('.')
  if (name === 'id') return { kind: 'id' }
  const field = fields.find((candidate) => candidate.name === name)
  if (!field || rest.length === 0) return columnOf(field)
  if ('flattenedFields' in field && field.flattenedFields)
    return columnAt(payload, field.flattenedFields, rest.join('.'))
  if (
    (field.type === 'relationship' || field.type === 'upload') &&
    typeof field.relationTo === 'string'
  ) {
    const related = payload.collections[field.relationTo]?.config.flattenedFields
    if (related) return columnAt(payload, related, rest.join('.'))
  }
  return { kind: 'text' }
}

/** Paths of `where` constraints the engine would fail on (see the list at the top). */
function unqueryablePaths(
  payload: Payload,
  collection: SanitizedCollectionConfig,
  where: Where,
): string[] {
  return Object.entries(where).flatMap(([key, constraint]): string[] => {
    if (key === 'and' || key === 'or')
      return Object.values(constraint ?? {}).flatMap((inner) =>
        unqueryablePaths(payload, collection, (inner ?? {}) as Where),
      )
    if (!constraint || typeof constraint !== 'object') return []
    const column = columnAt(payload, collection.flattenedFields, key)
    const bad = Object.entries(constraint).some(
      ([operator, value]) =>
        !acceptsConstraint(
          payload,
          column,
          operator,
          Array.isArray(value) ? value : value === null ? [null] : String(value).split(','),
        ),
    )
    return bad ? [key] : []
  })
}

/** `value` with NUL characters removed from every string in it (plain and null-prototype objects, arrays). */
function withoutNulCharacters(value: unknown): unknown {
  if (typeof value === 'string')
    return value.includes('\u0000') ? value.replaceAll('\u0000', '') : value
  if (Array.isArray(value)) return value.map(withoutNulCharacters)
  if (
    value !== null &&
    typeof value === 'object' &&
    [Object.prototype, null].includes(Object.getPrototypeOf(value))
  ) {
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [key, withoutNulCharacters(child)]),
    )
  }
  return value
}

/** The data without the timestamps Payload sets itself (kept for trusted Local API writes: seed, restore). */
function withoutServerStamps(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).filter(([key]) => !SERVER_STAMPED_FIELDS.includes(key)),
  )
}

export const guardOperationArgs: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const { data, where, overrideAccess } = args as {
    data?: unknown
    where?: Where
    overrideAccess?: boolean
  }
  checkData(req.payload, collection, data)
  const cleanData =
    data === undefined ? undefined : (withoutNulCharacters(data) as Record<string, unknown>)
  let checkedArgs = cleanData
    ? { ...args, data: overrideAccess ? cleanData : withoutServerStamps(cleanData) }
    : args
  if (where && typeof where === 'object') {
    const paths = unqueryablePaths(req.payload, collection, where)
    if (paths.length) throw new QueryError(paths.map((path) => ({ path })))
    // A NUL in a compared value fails too (an engine refuses it in text: found by the search fuzzer).
    checkedArgs = { ...checkedArgs, where: withoutNulCharacters(where) as Where }
  }
  return checkedArgs
}
