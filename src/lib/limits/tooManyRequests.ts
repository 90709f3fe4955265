import { APIError, type PayloadRequest } from 'payload'

import type { CodedError } from '@/lib/forms/refusals'

/**
 * 429 with a `Retry-After` header. Payload's REST error response merges `req.responseHeaders`,
 * so the header reaches the client even though the answer is built from a thrown error.
 */
export class TooManyRequests extends APIError implements CodedError {
  readonly code = 'rate-limited'

  constructor(
    req: PayloadRequest,
    message: string,
    public retryAfter: number,
  ) {
    super(message, 429, { retryAfter }, true)
    const headers = req.responseHeaders ?? new Headers()
    headers.set('Retry-After', String(retryAfter))
    req.responseHeaders = headers
  }
}
