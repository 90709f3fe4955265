import type { Payload } from 'payload'

import { userIsEditor } from '@/access/roles'

type AdminServerProps = { payload: Payload; user?: unknown }

const STATUSES = ['pending', 'approved', 'spam', 'rejected'] as const

async function countComments(payload: Payload, user: unknown, status: (typeof STATUSES)[number]) {
  const { totalDocs } = await payload.count({
    collection: 'comments',
    where: { status: { equals: status } },
    user,
    overrideAccess: false,
  })
  return totalDocs
}

const listLink = (status: string) => `/admin/collections/comments?where[status][equals]=${status}`

/** On the dashboard, for moderators: how many comments wait for them. */
export async function PendingCommentsNotice({ payload, user }: AdminServerProps) {
  if (!userIsEditor(user)) return null
  const pending = await countComments(payload, user, 'pending')
  return (
    <div className="moderation-notice" style={{ marginBottom: '1.5rem' }}>
      <h2 style={{ margin: '0 0 0.5rem' }}>Moderation</h2>
      <p style={{ margin: 0 }}>
        <a href={listLink('pending')}>
          <strong>{pending}</strong> {pending === 1 ? 'comment awaits' : 'comments await'} moderation
        </a>
      </p>
    </div>
  )
}

/** Above the comments list: a count per status, each a link to the filtered list. */
export async function CommentStatusCounts({ payload, user }: AdminServerProps) {
  if (!userIsEditor(user)) return null
  const counts = await Promise.all(STATUSES.map((status) => countComments(payload, user, status)))
  return (
    <ul style={{ display: 'flex', gap: '1.5rem', listStyle: 'none', padding: 0, margin: '0 0 1rem' }} aria-label="Comments by status">
      {STATUSES.map((status, index) => (
        <li key={status}>
          <a href={listLink(status)}>
            {status[0].toUpperCase() + status.slice(1)}: <strong>{counts[index]}</strong>
          </a>
        </li>
      ))}
    </ul>
  )
}
