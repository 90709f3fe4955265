import { revalidatePath } from 'next/cache'
import type { Payload, PayloadRequest } from 'payload'

import { timedToken } from '@/lib/signedToken'

export const REVALIDATE_PURPOSE = 'revalidate'
export const REVALIDATE_HEADER = 'x-revalidate-token'

/**
 * The running Next.js server's own address. `next start` and server.mjs record it in these variables; scripts
 * (seed, migrations) and the integration tests have neither, and no page cache to refresh.
 */
const ownOrigin = () =>
  process.env.__NEXT_PRIVATE_ORIGIN ||
  (process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : undefined)

/**
 * A change outside any request (a scheduled publish run by the jobs queue) cannot call
 * revalidatePath, which needs Next's request context, so it asks its own server to, by a signed
 * POST to /next/revalidate.
 */
async function revalidateThroughServer(payload: Payload): Promise<void> {
  const origin = ownOrigin()
  if (!origin) return
  try {
    const response = await fetch(`${origin}/next/revalidate`, {
      method: 'POST',
      headers: { [REVALIDATE_HEADER]: timedToken(REVALIDATE_PURPOSE, payload.secret) },
    })
    if (!response.ok) throw new Error(`answered ${response.status}`)
  } catch (error) {
    payload.logger.error({ err: error, msg: '[revalidate] the server did not refresh its pages' })
  }
}

/**
 * Public pages are generated once and cached until content changes. Any change that readers can
 * see (an article published or unpublished, an author, a topic, an image, the site settings)
 * refreshes the whole public site: content changes are rare, pages regenerate on the next visit,
 * and a page can never be left showing stale names or links.
 */
export function revalidateSite(req: PayloadRequest): void {
  // A write with no HTTP request behind it (a scheduled publish run by the jobs queue) must not
  // call revalidatePath: the runner's timer still carries the context of the long-finished
  // request during which Payload started, and the call would be silently lost there.
  if (!req.headers?.get('host')) {
    void revalidateThroughServer(req.payload)
    return
  }
  try {
    revalidatePath('/', 'layout')
  } catch {
    void revalidateThroughServer(req.payload)
  }
}
