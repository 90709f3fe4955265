import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'

import { canAlways } from '@/access/gate'
import { adminT } from '@/i18n/admin'
import { LOCALE_NAMES } from '@/i18n/config'
import { describeChange, type ReviewChange } from '@/lib/reviewChange'

import { adminDateTime, personName } from './adminFormat'

type AdminServerProps = { payload: Payload; user?: unknown; i18n: I18nClient }
type T = ReturnType<typeof adminT>

const CHANGE_KEYS = {
  'new-article': 'cms:queue:newArticle',
  correction: 'cms:queue:correction',
  update: 'cms:queue:update',
} as const

function Change({ change, t }: { change: ReviewChange; t: T }) {
  const language = LOCALE_NAMES[change.language]
  return (
    <>
      {change.kind === 'new-translation'
        ? t('cms:queue:newTranslation', { language })
        : `${t(CHANGE_KEYS[change.kind])} (${language})`}
      {change.compareUrl && (
        <>
          {' · '}
          <a href={change.compareUrl}>{t('cms:queue:compareWithLive')}</a>
        </>
      )}
    </>
  )
}

/**
 * On the dashboard, for editors: the drafts waiting for review, oldest first, with who sent them
 * and when, and what each would change: a new article, or for a live one a new translation, a
 * correction or an update, with the difference from the live version.
 */
export async function ReviewQueue({ payload, user, i18n }: AdminServerProps) {
  if (!canAlways(user, 'articles', 'publish')) return null
  const t = adminT(i18n.t)
  const { docs, totalDocs } = await payload.find({
    collection: 'articles',
    draft: true,
    where: { reviewState: { equals: 'in-review' } },
    sort: 'reviewRequestedAt',
    limit: 20,
    depth: 1,
    select: {
      title: true,
      authors: true,
      reviewRequestedAt: true,
      reviewRequestedBy: true,
      reviewLocale: true,
    },
    user,
    overrideAccess: false,
  })
  const changes = await Promise.all(docs.map((article) => describeChange(payload, user, article)))
  return (
    <section
      className="review-queue"
      aria-labelledby="review-queue-title"
      style={{ marginBottom: '2rem' }}
    >
      <h2 id="review-queue-title" style={{ margin: '0 0 0.5rem' }}>
        {t('cms:queue:title', { count: totalDocs })}
      </h2>
      {docs.length === 0 ? (
        <p>{t('cms:queue:empty')}</p>
      ) : (
        <table className="table" style={{ width: '100%' }}>
          <thead>
            <tr>
              <th scope="col">{t('cms:queue:draft')}</th>
              <th scope="col">{t('cms:queue:change')}</th>
              <th scope="col">{t('cms:queue:authors')}</th>
              <th scope="col">{t('cms:queue:submittedBy')}</th>
              <th scope="col">{t('cms:queue:submitted')}</th>
            </tr>
          </thead>
          <tbody>
            {docs.map((article, index) => (
              <tr key={article.id}>
                <td>
                  <a
                    href={`/admin/collections/articles/${article.id}?locale=${changes[index].language}`}
                  >
                    {article.title}
                  </a>
                </td>
                <td>
                  <Change change={changes[index]} t={t} />
                </td>
                <td>{(article.authors ?? []).map(personName).join(', ')}</td>
                <td>{personName(article.reviewRequestedBy)}</td>
                <td>{adminDateTime(article.reviewRequestedAt, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
