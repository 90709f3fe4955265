import type { Payload } from 'payload'

/** What a `where` constraint compares: the kind of column behind its path, as the guard resolved it. */
export type Column = {
  kind: 'id' | 'number' | 'checkbox' | 'option' | 'date' | 'point' | 'text'
  options?: readonly string[]
}

const PATTERN_OPERATORS = new Set(['like', 'contains', 'not_like'])
const COMPARING_OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])
const NULL_TESTING_OPERATORS = new Set(['equals', 'not_equals'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])

const isNumber = (value: string) => value.trim() !== '' && Number.isFinite(Number(value))
const isDate = (value: string) => value.trim() !== '' && !Number.isNaN(Date.parse(value))
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

type Rule = (column: Column, operator: string, values: string[]) => boolean

/** Geo operators exist for point fields only. */
const geoRule: Rule = (column, operator) => !GEO_OPERATORS.has(operator) || column.kind === 'point'

/**
 * The SQL adapters: no `all`; `like` only on text; a compared value must be of the column's kind.
 * Otherwise SQLite fails on the NaN or invalid date Payload binds, and PostgreSQL, which types every
 * column, on the cast (a malformed uuid, number, boolean or select option) or the missing operator.
 * `isId` is the engine's id format; the text "null" from a query string means IS NULL for an id
 * under `equals`/`not_equals` only: in a list (`in`, `not_in`) it is bound as an id and fails the cast.
 */
const sqlRule =
  (isId: (value: string) => boolean): Rule =>
  (column, operator, values) => {
    if (operator === 'all' || !geoRule(column, operator, values)) return false
    if (column.kind === 'text' || column.kind === 'point') return true
    if (PATTERN_OPERATORS.has(operator)) return false
    if (!COMPARING_OPERATORS.has(operator)) return true
    switch (column.kind) {
      case 'id':
        return values.every(
          (value) => (value === 'null' && NULL_TESTING_OPERATORS.has(operator)) || isId(value),
        )
      case 'number':
        return values.every(isNumber)
      case 'date':
        return values.every(isDate)
      case 'checkbox':
        return values.every((value) => value === 'true' || value === 'false')
      case 'option':
        return values.every((value) => column.options?.includes(value))
    }
  }

/**
 * What each adapter (by Payload's name for it) can evaluate without failing, found by fuzzing
 * (tests/int/hostile-rest.test.ts). Kept free of driver imports: request guards run on every API
 * call and must not load another engine's driver. MongoDB compares a malformed value as a plain
 * value that matches nothing, so only the geo rule applies there.
 */
const RULES: Record<string, Rule> = {
  // SQLite's integer ids start at 1: a 0 would pass Payload's relationship check and fail the foreign key.
  sqlite: sqlRule((value) => /^[1-9]\d*$/.test(value)),
  postgres: sqlRule((value) => UUID.test(value)),
  mongoose: geoRule,
}

/** False where this engine would fail on `operator` with these values for this column; `null` always compares. */
export const acceptsConstraint = (
  payload: Payload,
  column: Column,
  operator: string,
  values: unknown[],
): boolean =>
  (RULES[payload.db.name] ?? RULES.mongoose)(
    column,
    operator,
    values.filter((value) => value !== null && value !== undefined).map(String),
  )
