import { getPayloadClient } from '@/lib/payload'
import { plausibleId } from '@/lib/relations'
import { verify } from '@/lib/signedToken'

const page = (title: string, text: string, status = 200) =>
  new Response(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title></head>` +
      `<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem"><h1>${title}</h1><p>${text}</p><p><a href="/">Home</a></p></body></html>`,
    {
      status,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    },
  )

/**
 * The one-click link in reply notifications. The HMAC token proves the link came from our e-mail,
 * so this system update (the reader has no account) is safe to make with full access.
 */
async function unsubscribe(request: Request): Promise<Response> {
  const url = new URL(request.url)
  const id = url.searchParams.get('comment') ?? ''
  const payload = await getPayloadClient()
  if (
    !plausibleId(id) ||
    !verify(`unsubscribe:${id}`, url.searchParams.get('token'), payload.secret)
  ) {
    return page('Link not valid', 'This unsubscribe link is broken or incomplete.', 400)
  }
  // The id travels as text, exactly as it was signed; Payload takes it as it is on every engine.
  const comment = await payload
    .findByID({ collection: 'comments', id, depth: 0, disableErrors: true })
    .catch(() => null)
  if (comment) {
    await payload.update({
      collection: 'comments',
      id: comment.id,
      data: { notifyOnReply: false },
      overrideAccess: true,
    })
  }
  return page('Unsubscribed', 'You will no longer receive e-mails about replies to this comment.')
}

export const GET = unsubscribe
/** RFC 8058 one-click unsubscribe (mail clients POST to the List-Unsubscribe address). */
export const POST = unsubscribe
