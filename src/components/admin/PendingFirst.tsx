import { redirect } from 'next/navigation'

import { canAlways } from '@/access/gate'

import { commentListLink } from './moderation'

/**
 * Moderators open the comments list on what waits for them: the bare list (from the navigation,
 * a bookmark) becomes the pending filter. Any query string is an explicit choice and is kept, so
 * clearing the filter or following "All" shows every comment. A list view action, because those
 * render on the list page only, never in the list drawers that pick a comment elsewhere.
 */
export function PendingFirst({
  user,
  searchParams,
}: {
  user?: unknown
  searchParams?: Record<string, unknown>
}) {
  if (canAlways(user, 'comments', 'moderate') && Object.keys(searchParams ?? {}).length === 0) {
    redirect(commentListLink('pending'))
  }
  return null
}
