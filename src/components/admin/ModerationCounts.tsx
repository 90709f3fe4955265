import type { Payload } from 'payload'

import { canAlways } from '@/access/gate'

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

/** On the dashboard, for moderators: the comments and the new submissions waiting for them. */
export async function ModerationNotice({ payload, user }: AdminServerProps) {
  if (!canAlways(user, 'comments', 'moderate')) return null
  const [pending, received] = await Promise.all([
    countComments(payload, user, 'pending'),
    payload.count({
      collection: 'submissions',
      where: { status: { equals: 'received' } },
      user,
      overrideAccess: false,
    }),
  ])
  return (
    <div className="moderation-notice" style={{ marginBottom: '1.5rem' }}>
      <h2 style={{ margin: '0 0 0.5rem' }}>Moderation</h2>
      <ul style={{ margin: 0, paddingLeft: '1.2rem' }}>
        <li>
          <a href={listLink('pending')}>
            <strong>{pending}</strong> {pending === 1 ? 'comment awaits' : 'comments await'}{' '}
            moderation
          </a>
        </li>
        <li>
          <a href="/admin/collections/submissions?where[status][equals]=received">
            <strong>{received.totalDocs}</strong> new{' '}
            {received.totalDocs === 1 ? 'submission' : 'submissions'}
          </a>
        </li>
      </ul>
    </div>
  )
}

/** Above the comments list: a count per status, each a link to the filtered list. */
export async function CommentStatusCounts({ payload, user }: AdminServerProps) {
  if (!canAlways(user, 'comments', 'moderate')) return null
  const counts = await Promise.all(STATUSES.map((status) => countComments(payload, user, status)))
  return (
    <ul
      style={{ display: 'flex', gap: '1.5rem', listStyle: 'none', padding: 0, margin: '0 0 1rem' }}
      aria-label="Comments by status"
    >
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
