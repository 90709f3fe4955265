import type { AdminKey } from '@/i18n/admin'

/** The comments list filtered to one status. */
export const commentListLink = (status: string) =>
  `/admin/collections/comments?where[status][equals]=${status}`

/**
 * The whole comments list. Any query makes the list a moderator's explicit choice (see
 * PendingFirst.tsx); the first page is the one the bare list shows.
 */
export const ALL_COMMENTS = '/admin/collections/comments?page=1'

/** A moderator's one-click verdicts, as the moderate endpoint takes them. */
export type Verdict = 'approved' | 'spam' | 'rejected'

export const VERDICTS: readonly { status: Verdict; selection: AdminKey; row: AdminKey }[] = [
  {
    status: 'approved',
    selection: 'cms:moderation:act:approve',
    row: 'cms:moderation:row:approve',
  },
  { status: 'spam', selection: 'cms:moderation:act:spam', row: 'cms:moderation:row:spam' },
  { status: 'rejected', selection: 'cms:moderation:act:reject', row: 'cms:moderation:row:reject' },
]

/**
 * Moderates comments through POST /api/comments/moderate (all of them or none) as the signed-in
 * moderator; on refusal, the endpoint's own message, or the status when it sent none.
 */
export async function moderateComments(
  ids: (string | number)[],
  status: Verdict,
): Promise<{ ok: true } | { ok: false; message?: string; status: number }> {
  const response = await fetch('/api/comments/moderate', {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ids, status }),
  })
  if (response.ok) return { ok: true }
  const body = await response.json().catch(() => ({}))
  return { ok: false, message: body.errors?.[0]?.message, status: response.status }
}
