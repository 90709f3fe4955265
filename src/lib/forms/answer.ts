import { cookies } from 'next/headers'

import { FLASH_SECONDS } from './flash'

/** What a script asking for JSON gets, and where a browser without JavaScript goes. */
export type FormAnswer = {
  status: number
  json: Record<string, unknown>
  retryAfter?: number
  /** The refused form's state, for the page it is sent back to. */
  flash?: { name: string; value: string }
} & (
  | /** Where a browser without JavaScript is sent (303: it loads the page with GET). */ {
      location: string
    }
  | /** When there is no page to send it back to: this text, with the status. */ { text: string }
)

/** The form's own script asks for JSON; a plain HTML form post does not. */
const wantsJson = (request: Request) =>
  request.headers.get('accept')?.includes('application/json') ?? false

export async function answer(request: Request, reply: FormAnswer): Promise<Response> {
  const headers: Record<string, string> = reply.retryAfter
    ? { 'Retry-After': String(reply.retryAfter) }
    : {}
  if (wantsJson(request)) return Response.json(reply.json, { status: reply.status, headers })
  if ('text' in reply) return new Response(reply.text, { status: reply.status, headers })
  if (reply.flash)
    (await cookies()).set(reply.flash.name, reply.flash.value, {
      httpOnly: true,
      sameSite: 'lax',
      maxAge: FLASH_SECONDS,
      path: '/',
    })
  return new Response(null, { status: 303, headers: { ...headers, Location: reply.location } })
}
