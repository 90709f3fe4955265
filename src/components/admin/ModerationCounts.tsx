import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'

import { canAlways } from '@/access/gate'
import { adminT, pluralForm } from '@/i18n/admin'

import { ALL_COMMENTS, commentListLink } from './moderation'

type AdminServerProps = { payload: Payload; user?: unknown; i18n: I18nClient }

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

/** On the dashboard, for moderators: the comments and the new submissions waiting for them. */
export async function ModerationNotice({ payload, user, i18n }: AdminServerProps) {
  if (!canAlways(user, 'comments', 'moderate')) return null
  const t = adminT(i18n.t)
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
      <h2 style={{ margin: '0 0 0.5rem' }}>{t('cms:moderation:title')}</h2>
      <ul style={{ margin: 0, paddingLeft: '1.2rem' }}>
        <li>
          <a href={commentListLink('pending')}>
            <strong>{pending}</strong>{' '}
            {t(`cms:moderation:commentsAwait:${pluralForm(i18n.language, pending)}`)}
          </a>
        </li>
        <li>
          <a href="/admin/collections/submissions?where[status][equals]=received">
            <strong>{received.totalDocs}</strong>{' '}
            {t(`cms:moderation:newSubmissions:${pluralForm(i18n.language, received.totalDocs)}`)}
          </a>
        </li>
      </ul>
    </div>
  )
}

/** Above the comments list: a count per status, each a link to the filtered list. */
export async function CommentStatusCounts({ payload, user, i18n }: AdminServerProps) {
  if (!canAlways(user, 'comments', 'moderate')) return null
  const t = adminT(i18n.t)
  const counts = await Promise.all(STATUSES.map((status) => countComments(payload, user, status)))
  const total = counts.reduce((sum, count) => sum + count, 0)
  return (
    <ul
      style={{ display: 'flex', gap: '1.5rem', listStyle: 'none', padding: 0, margin: '0 0 1rem' }}
      aria-label={t('cms:moderation:byStatus')}
    >
      {STATUSES.map((status, index) => (
        <li key={status}>
          <a href={commentListLink(status)}>
            {t(`cms:moderation:status:${status}`)}: <strong>{counts[index]}</strong>
          </a>
        </li>
      ))}
      <li>
        <a href={ALL_COMMENTS}>
          {t('cms:moderation:all')}: <strong>{total}</strong>
        </a>
      </li>
    </ul>
  )
}
