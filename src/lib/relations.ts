import type { Config } from '@/payload-types'

/**
 * A document id as the code above the database seam sees it: opaque (a number on one engine, a uuid or
 * ObjectId string elsewhere). Never parse it, never do arithmetic on it; compare with `sameId`.
 */
export type Id = Config['db']['defaultIDType']

/** The id of a relationship value, whether Payload returned it populated (depth ≥ 1) or as an id. */
export const idOf = <I extends Id>(relation: I | { id: I }): I =>
  typeof relation === 'object' ? relation.id : relation

/** Whether two ids name the same document, whatever their runtime type (form fields carry strings). */
export const sameId = (a: Id | null | undefined, b: Id | null | undefined): boolean =>
  a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b)

/**
 * An id arriving as text (form field, URL, signed token, cookie) that could be one on some engine:
 * short, and only letters, digits, `-` and `_`. Whether it names a document is Payload's to say.
 */
export const plausibleId = (value: unknown): value is string =>
  typeof value === 'string' &&
  value.length > 0 &&
  value.length <= 100 &&
  /^[A-Za-z0-9_-]+$/.test(value)
