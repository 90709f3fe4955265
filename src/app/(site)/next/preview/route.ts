import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { previewUser, safeRedirectPath } from '@/access/preview'

/** Turns on draft mode for a signed-in staff member and opens the page (used by the admin's preview buttons). */
export async function GET(request: Request): Promise<Response> {
  const user = await previewUser()
  if (!user) return new Response('Sign in to the admin panel to preview drafts.', { status: 403 })
  const path = safeRedirectPath(new URL(request.url).searchParams.get('path'))
  ;(await draftMode()).enable()
  redirect(path)
}
