/**
 * fast-check generators of hostile input, shared by the Vitest (REST) and Playwright (form route)
 * fuzz tests: huge strings, odd Unicode, script and SQL/NoSQL injection strings, wrong types,
 * deeply nested JSON and prototype-pollution keys.
 */
import fc from 'fast-check'

/** Every script payload calls this name, so a rendered page can be searched for a live one. */
export const SCRIPT_MARKER = 'fuzzXssMarker'

export const xssStrings = [
  `<script>${SCRIPT_MARKER}(1)</script>`,
  `"><img src=x onerror=${SCRIPT_MARKER}(2)>`,
  `<svg/onload=${SCRIPT_MARKER}(3)>`,
  `javascript:${SCRIPT_MARKER}(4)`,
  `</textarea><script>${SCRIPT_MARKER}(5)</script>`,
  `<iframe srcdoc="<script>${SCRIPT_MARKER}(6)</script>"></iframe>`,
  `<a href="javascript:${SCRIPT_MARKER}(7)">x</a>`,
  `<ScRiPt >${SCRIPT_MARKER}(8)</ScRiPt >`,
  `https://example.org/"onmouseover="${SCRIPT_MARKER}(9)`,
]

const injectionStrings = [
  "' OR 1=1 --",
  "'; DROP TABLE comments; --",
  '" OR ""="',
  "%' AND 1=1 AND '%'='",
  '1 UNION SELECT hash, salt FROM users',
  '{"$gt": ""}',
  '{"$ne": null}',
  '{"$where": "sleep(1000)"}',
  '__proto__',
  'constructor',
  '${7*7}{{7*7}}',
  '../../../../etc/passwd',
  '%00%0d%0a',
  '\\',
  '',
  ' ',
]

const oddUnicodeStrings = [
  '\u0000',
  '\u202e\u202d',
  '\ufeff\u200b\u200d',
  '\ud800',
  '\udfff\ud800',
  'İıŞşƏə',
  'Z̸̢̛͖̈́a̶̜̿l̸͎̓g̴̰̈ő̷̞',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  '\r\n\t\v\f',
  '\u2028\u2029',
]

/** Strings of 5,001 to 60,000 characters (the fields cap at 100 to 5,000). */
const hugeString = fc
  .tuple(fc.integer({ min: 5_001, max: 60_000 }), fc.constantFrom('A', 'é', '🙂', '<', "'"))
  .map(([length, unit]) => unit.repeat(length))

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.constantFrom(...xssStrings),
  fc.constantFrom(...injectionStrings),
  fc.constantFrom(...oddUnicodeStrings),
  hugeString,
  fc
    .array(fc.constantFrom(...xssStrings, ...injectionStrings, ...oddUnicodeStrings), {
      minLength: 2,
      maxLength: 6,
    })
    .map((parts) => parts.join(' ')),
)

/** Keys that try to reach an object's prototype or a query operator. */
const hostileKeys = [
  '__proto__',
  'constructor',
  'prototype',
  '$gt',
  '$ne',
  '$where',
  '$regex',
  'toString',
  'hasOwnProperty',
  'where',
  'id',
  'createdAt',
]

/** An object with an own, enumerable `__proto__` (or other dangerous) key, as JSON.parse makes them. */
function objectWithKeys(entries: [string, unknown][]): Record<string, unknown> {
  const target: Record<string, unknown> = {}
  for (const [key, value] of entries)
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      configurable: true,
      writable: true,
    })
  return target
}

/** JSON nested `depth` levels deep, alternating arrays and objects. */
const deeplyNested = fc
  .tuple(fc.integer({ min: 20, max: 3_000 }), fc.boolean())
  .map(([depth, asArray]) => {
    let value: unknown = 'bottom'
    for (let level = 0; level < depth; level++)
      value = asArray && level % 2 ? [value] : { a: value }
    return value
  })

/** Any JSON value a client could send where a field is expected: wrong types, operators, nesting. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    fc.oneof(fc.integer(), fc.double(), fc.constantFrom(-1, 0, 2 ** 53, -(2 ** 63), 1e308)),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.constantFrom(
      { $gt: '' },
      { $ne: null },
      { equals: 1 },
      { in: [1, 2] },
      { relationTo: 'users', value: 1 },
    ),
    fc
      .array(fc.tuple(fc.constantFrom(...hostileKeys), tie('value')), { maxLength: 3 })
      .map(objectWithKeys),
    deeplyNested,
  ),
})).value

/**
 * A request body for a form or collection: each known field is either a plausible value or a
 * hostile one, sometimes missing, plus a few stray keys (prototype pollution, operators, ids).
 */
export function hostileDocument(
  fields: Record<string, fc.Arbitrary<unknown>>,
): fc.Arbitrary<Record<string, unknown>> {
  const known = Object.entries(fields).map(([name, plausible]) =>
    fc
      .option(fc.oneof(plausible, hostileValue), { nil: undefined })
      .map((value) => [name, value] as [string, unknown]),
  )
  const stray = fc.array(
    fc.tuple(fc.oneof(fc.constantFrom(...hostileKeys), fc.string({ maxLength: 20 })), hostileValue),
    { maxLength: 3 },
  )
  return fc
    .tuple(fc.tuple(...known), stray)
    .map(([knownEntries, strayEntries]) =>
      objectWithKeys([...knownEntries.filter(([, value]) => value !== undefined), ...strayEntries]),
    )
}

/** A string-only form (multipart or urlencoded fields): hostile values flattened to strings. */
export function hostileForm(
  fields: Record<string, fc.Arbitrary<string>>,
): fc.Arbitrary<Record<string, string>> {
  const asText = (value: unknown) =>
    typeof value === 'string' ? value : (JSON.stringify(value) ?? '')
  return hostileDocument(fields).map(
    (document) =>
      objectWithKeys(
        Object.entries(document).map(([key, value]) => [key, asText(value)]),
      ) as Record<string, string>,
  )
}

/** A plausible reader e-mail address: unique enough that flood and duplicate rules rarely bite. */
/** A short ordinary string, for the fields a fuzz run keeps plausible. */
export const plainText = fc.string({ minLength: 1, maxLength: 40 })

export const plausibleEmail = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9._-]{0,20}$/), fc.nat())
  .map(([local, n]) => `${local}${n}@example.org`)

/** A distinct documentation address (198.18.0.0/15, benchmark range) per call, for per-IP limits. */
let addressCounter = 0
export function nextTestIp(): string {
  addressCounter++
  return `198.18.${(addressCounter >> 8) & 255}.${addressCounter & 255}`
}

/** A submission's fields as both the REST API and the form take them (the form adds locale and consent "on"). */
export const plausibleSubmission = () => ({
  name: plainText,
  email: plausibleEmail,
  bio: plainText,
  kind: fc.constant('analysis'),
  title: plainText,
  abstract: plainText,
  language: fc.constantFrom('en', 'tr'),
})
