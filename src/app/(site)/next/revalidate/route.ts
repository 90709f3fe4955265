import { revalidatePath } from 'next/cache'

import { getPayloadClient } from '@/lib/payload'
import { REVALIDATE_HEADER, REVALIDATE_PURPOSE } from '@/lib/revalidate'
import { tokenAge } from '@/lib/signedToken'

/** How old a signed request may be: it comes from this same server, within moments. */
const MAX_AGE_SECONDS = 60

/**
 * Refreshes every public page. Called only by this server itself (src/lib/revalidate.ts) when
 * content changed outside a request, e.g. by a scheduled publish; the HMAC token keeps it so.
 */
export async function POST(request: Request): Promise<Response> {
  const { secret } = await getPayloadClient()
  const age = tokenAge(REVALIDATE_PURPOSE, request.headers.get(REVALIDATE_HEADER), secret)
  if (age === null || age < 0 || age > MAX_AGE_SECONDS) {
    return Response.json(
      {
        errors: [
          { message: 'A valid, recent revalidation token is required.', path: REVALIDATE_HEADER },
        ],
      },
      { status: 403 },
    )
  }
  revalidatePath('/', 'layout')
  return new Response(null, { status: 204 })
}
