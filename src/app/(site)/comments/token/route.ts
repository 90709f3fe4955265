import { getPayloadClient } from '@/lib/payload'
import { formToken } from '@/lib/signedToken'

/** A fresh comment-form token: cached pages carry an old one (see CommentForm). */
export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const payload = await getPayloadClient()
  return Response.json(
    { token: formToken(payload.secret) },
    { headers: { 'Cache-Control': 'no-store' } },
  )
}
