import type { Payload } from 'payload'

import { isNumberLike, type ValueKind } from './engine'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const nullish = (value: string) => value === '' || value === 'null'

/**
 * What each adapter (by Payload's name for it) can compare without failing. Kept free of driver
 * imports: request guards run on every API call and must not load another engine's driver.
 * - SQLite: integer ids and number columns; libSQL rejects a NaN bound in a comparison.
 * - PostgreSQL: uuid ids (a malformed one is a cast error, not "no match") and numeric columns.
 * - MongoDB: Payload compares a malformed ObjectId or number as a plain value, matching nothing.
 */
const RULES: Record<string, { accepts: (kind: ValueKind, value: string) => boolean; unsupported: ReadonlySet<string> }> = {
  sqlite: { accepts: (_kind, value) => isNumberLike(value), unsupported: new Set(['all']) },
  postgres: {
    accepts: (kind, value) => (kind === 'id' ? nullish(value) || UUID.test(value) : isNumberLike(value)),
    unsupported: new Set(['all']),
  },
  mongoose: { accepts: () => true, unsupported: new Set() },
}

const rulesOf = (payload: Payload) => RULES[payload.db.name] ?? RULES.mongoose

/** False where comparing a column of this kind with `value` would make the engine fail. */
export const acceptsQueryValue = (payload: Payload, kind: ValueKind, value: string): boolean => rulesOf(payload).accepts(kind, value)

/** False for operators Payload accepts but this engine's adapter does not implement. */
export const supportsOperator = (payload: Payload, operator: string): boolean => !rulesOf(payload).unsupported.has(operator)
