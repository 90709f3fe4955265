/** Browsers drop a cookie over 4 KB; clients refuse a huge Set-Cookie header outright ("Header overflow"). */
const MAX_FLASH_LENGTH = 3_800

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

/**
 * A no-JavaScript form's flash cookie: the entered values and the errors, or only the errors when
 * the values would not fit (found by tests/e2e/hostile-forms.spec.ts with 60,000-character fields).
 */
export function encodeFlashCookie<T extends { errors?: unknown }>(state: T): string {
  const whole = encode(state)
  return whole.length <= MAX_FLASH_LENGTH ? whole : encode({ errors: state.errors })
}
