import type { ReactNode } from 'react'

import { htmlResponse } from '@/components/page/readingPage'
import { StatusPage } from '@/components/page/StatusPages'
import { getPayloadClient } from '@/lib/payload'
import { plausibleId } from '@/lib/relations'
import { verify } from '@/lib/signedToken'

/** The reply notifications are written in English (collections/Comments/hooks), and so are these pages. */
const LOCALE = 'en'

const page = (title: string, body: ReactNode, status = 200, home = true) =>
  htmlResponse(
    {
      head: { title, noindex: true },
      body: (
        <StatusPage locale={LOCALE} title={title} home={home}>
          {body}
        </StatusPage>
      ),
    },
    LOCALE,
    status,
    { 'Cache-Control': 'no-store' },
  )

/** The comment a signed link names, or null when the link is not one of ours. */
async function signedComment(params: URLSearchParams) {
  const id = params.get('comment') ?? ''
  const payload = await getPayloadClient()
  if (!plausibleId(id) || !verify(`unsubscribe:${id}`, params.get('token'), payload.secret))
    return null
  return { id, payload }
}

const invalid = () =>
  page('Link not valid', <p>This unsubscribe link is broken or incomplete.</p>, 400)

/**
 * The link in a reply notification opens a page with one button, so that a mail scanner or a
 * link preview that fetches it does not unsubscribe anyone; the button (or a mail client's
 * RFC 8058 one-click POST to the same address) does.
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams
  if (!(await signedComment(params))) return invalid()
  return page(
    'Stop reply e-mails?',
    <form method="post" action={`/comments/unsubscribe?${params}`}>
      <p>You will no longer receive e-mails about replies to this comment.</p>
      <p>
        <button type="submit" className="button">
          Unsubscribe
        </button>
      </p>
    </form>,
    200,
    false,
  )
}

/**
 * The HMAC token proves the link came from our e-mail, so this system update (the reader has no
 * account) is safe to make with full access.
 */
export async function POST(request: Request): Promise<Response> {
  const signed = await signedComment(new URL(request.url).searchParams)
  if (!signed) return invalid()
  const { id, payload } = signed
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
  return page(
    'Unsubscribed',
    <p>You will no longer receive e-mails about replies to this comment.</p>,
  )
}
