import type { I18nClient } from '@payloadcms/translations'
import type { Payload, Where } from 'payload'

import { adminT, pluralForm } from '@/i18n/admin'

type AdminServerProps = { payload: Payload; user?: unknown; i18n: I18nClient }

/** Counts as the editor may read them (overrideAccess: false): nobody else sees this list. */
const count = async (payload: Payload, user: unknown, where: Where) =>
  (await payload.count({ collection: 'subscribers', where, user, overrideAccess: false })).totalDocs

const listLink = (query: string) => `/admin/collections/subscribers?${query}`

/**
 * Above the subscriber list: how many subscribe, to everything, weekly, and to each topic and
 * author (each a link to the filtered list), and the CSV export.
 */
export async function SubscriberCounts({ payload, user, i18n }: AdminServerProps) {
  const t = adminT(i18n.t)
  const [topics, authors] = await Promise.all([
    payload.find({
      collection: 'topics',
      depth: 0,
      limit: 100,
      pagination: false,
      select: { name: true },
    }),
    payload.find({
      collection: 'authors',
      depth: 0,
      limit: 200,
      pagination: false,
      select: { name: true },
    }),
  ])
  const [total, everything, weekly, perTopic, perAuthor] = await Promise.all([
    count(payload, user, {}),
    count(payload, user, { scope: { equals: 'all' } }),
    count(payload, user, { frequency: { equals: 'weekly' } }),
    Promise.all(topics.docs.map((topic) => count(payload, user, { topics: { in: [topic.id] } }))),
    Promise.all(
      authors.docs.map((author) => count(payload, user, { authors: { in: [author.id] } })),
    ),
  ])
  const chosen = (docs: { id: number | string; name: string }[], counts: number[], field: string) =>
    docs
      .map((doc, index) => ({ doc, count: counts[index]! }))
      .filter(({ count }) => count > 0)
      .map(({ doc, count }) => (
        <li key={doc.id}>
          <a href={listLink(`where[${field}][in][0]=${doc.id}`)}>
            {doc.name}: <strong>{count}</strong>
          </a>
        </li>
      ))
  return (
    <section aria-label={t('cms:subscribers:region')} style={{ margin: '0 0 1rem' }}>
      <p style={{ margin: '0 0 0.5rem' }}>
        <strong>{total}</strong> {t(`cms:subscribers:total:${pluralForm(i18n.language, total)}`)}:{' '}
        <a href={listLink('where[scope][equals]=all')}>
          {t('cms:subscribers:everything', { count: everything })}
        </a>
        ,{' '}
        <a href={listLink('where[frequency][equals]=weekly')}>
          {t('cms:subscribers:weekly', { count: weekly })}
        </a>
        .{' '}
        <a href="/api/subscribers/export.csv" download>
          {t('cms:subscribers:export')}
        </a>
      </p>
      <ul
        aria-label={t('cms:subscribers:perTopicAndAuthor')}
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: '0.5rem 1.5rem',
          listStyle: 'none',
          padding: 0,
          margin: 0,
        }}
      >
        {chosen(topics.docs, perTopic, 'topics')}
        {chosen(authors.docs, perAuthor, 'authors')}
      </ul>
    </section>
  )
}
