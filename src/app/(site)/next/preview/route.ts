import { redirect } from 'next/navigation'

import { previewUser, previewPathFor, safeRedirectPath } from '@/access/preview'

/** Opens a draft in preview for a signed-in staff member (the admin's Preview and Live preview). */
export async function GET(request: Request): Promise<Response> {
  const user = await previewUser()
  if (!user) return new Response('Sign in to the admin panel to preview drafts.', { status: 403 })
  redirect(previewPathFor(safeRedirectPath(new URL(request.url).searchParams.get('path'))))
}
