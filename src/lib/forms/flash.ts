import { cookies } from 'next/headers'

/** Browsers drop a cookie over 4 KB; clients refuse a huge Set-Cookie header outright ("Header overflow"). */
const MAX_FLASH_LENGTH = 3_800

/** Long enough to follow the redirect and show the page; the values entered (an e-mail) are not kept longer. */
export const FLASH_SECONDS = 120

/** A form's state in a cookie: the values entered and the errors, in each form's own shape. */
export type FlashState = { values?: unknown; errors?: unknown }

/**
 * Without JavaScript, a refused form comes back through a redirect; the entered values and the
 * errors travel in a short-lived cookie (never in the URL, which would leak the e-mail).
 */
export type FlashCookie<State extends FlashState> = {
  name: string
  encode(state: State): string
  decode(value: string | undefined): State | undefined
}

const encoded = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

/**
 * `cap` keeps only the form's own fields, as text, each at most as long as the form takes: it runs
 * on the way out and on the way back, since a cookie comes back as the client chose. When the
 * values would not fit in a cookie, only the errors go (found by tests/e2e/hostile-forms.spec.ts
 * with 60,000-character fields).
 */
export function flashCookie<State extends FlashState>(
  name: string,
  cap: (state: State) => State,
): FlashCookie<State> {
  return {
    name,
    encode(state) {
      const whole = encoded(cap(state))
      return whole.length <= MAX_FLASH_LENGTH ? whole : encoded({ errors: cap(state).errors })
    },
    decode(value) {
      if (!value) return undefined
      try {
        return cap(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as State)
      } catch {
        return undefined
      }
    },
  }
}

/** The state a refused form left for the page it was sent back to. */
export async function readFlash<State extends FlashState>(
  flash: FlashCookie<State>,
): Promise<State | undefined> {
  return flash.decode((await cookies()).get(flash.name)?.value)
}

/** Only the entries of `input` that are text, each cut to `max` characters. */
export const textEntries = (input: unknown, max: number): Record<string, string> =>
  Object.fromEntries(
    Object.entries((input ?? {}) as Record<string, unknown>)
      .filter(([, item]) => typeof item === 'string')
      .map(([key, item]) => [key, String(item).slice(0, max)]),
  )

/** The cookie that carries `state` to the page a refused form is sent back to. */
export const flashOf = <State extends FlashState>(flash: FlashCookie<State>, state: State) => ({
  name: flash.name,
  value: flash.encode(state),
})
