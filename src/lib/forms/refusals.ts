/**
 * Why Payload refused a public write, as a code the forms can put in each language's words. Our
 * own hooks' errors carry a `code`; Payload's own errors are known by their status. Never by their
 * English message: that is for REST callers and may be reworded.
 */
export type RefusalCode = 'rate-limited' | 'duplicate' | 'too-large' | 'invalid'

/** A hook's error that names its refusal (matched by shape: Next may load a hook module twice). */
export type CodedError = Error & { code: RefusalCode; status: number }

export type Refusal =
  | { code: 'rate-limited'; status: 429; retryAfter: number }
  | { code: 'duplicate'; status: 409 }
  | { code: 'too-large'; status: 413 }
  /** Field validation: the fields it named (Payload's ValidationError, or a hook's). */
  | { code: 'invalid'; status: 400; paths: string[] }

type Thrown = {
  code?: unknown
  status?: unknown
  retryAfter?: unknown
  data?: { errors?: unknown }
}

const fieldPaths = (errors: unknown[]) =>
  errors
    .map((error) => (error as { path?: unknown })?.path)
    .map((path) => (typeof path === 'string' ? path : ''))

/** The refusal behind an error a create threw, or null for anything else (a crash stays a crash). */
export function refusalOf(caught: unknown): Refusal | null {
  const error = (caught ?? {}) as Thrown
  if (error.code === 'rate-limited' && typeof error.retryAfter === 'number')
    return { code: 'rate-limited', status: 429, retryAfter: error.retryAfter }
  if (error.code === 'duplicate') return { code: 'duplicate', status: 409 }
  if (error.status === 413) return { code: 'too-large', status: 413 }
  if (error.status === 400 && Array.isArray(error.data?.errors))
    return { code: 'invalid', status: 400, paths: fieldPaths(error.data.errors) }
  return null
}
