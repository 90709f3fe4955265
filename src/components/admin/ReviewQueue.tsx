import type { Payload } from 'payload'

import { canAlways } from '@/access/gate'
import { LOCALE_NAMES } from '@/i18n/config'
import { describeChange, type ReviewChange } from '@/lib/reviewChange'

type AdminServerProps = { payload: Payload; user?: unknown }

const nameOf = (value: unknown) =>
  value && typeof value === 'object'
    ? String(
        (value as { name?: string; email?: string }).name || (value as { email?: string }).email,
      )
    : '—'

const when = (iso: string | null | undefined) =>
  iso
    ? new Date(iso).toLocaleString('en-GB', {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'UTC',
      }) + ' UTC'
    : '—'

const CHANGE_LABELS: Record<ReviewChange['kind'], string> = {
  'new-article': 'New article',
  'new-translation': 'New translation',
  correction: 'Correction',
  update: 'Update',
}

function Change({ change }: { change: ReviewChange }) {
  return (
    <>
      {CHANGE_LABELS[change.kind]} ({LOCALE_NAMES[change.language]})
      {change.compareUrl && (
        <>
          {' · '}
          <a href={change.compareUrl}>Compare with the live version</a>
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
export async function ReviewQueue({ payload, user }: AdminServerProps) {
  if (!canAlways(user, 'articles', 'publish')) return null
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
        Review queue ({totalDocs})
      </h2>
      {docs.length === 0 ? (
        <p>No drafts are waiting for review.</p>
      ) : (
        <table className="table" style={{ width: '100%' }}>
          <thead>
            <tr>
              <th scope="col">Draft</th>
              <th scope="col">Change</th>
              <th scope="col">Authors</th>
              <th scope="col">Submitted by</th>
              <th scope="col">Submitted</th>
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
                  <Change change={changes[index]} />
                </td>
                <td>{(article.authors ?? []).map(nameOf).join(', ')}</td>
                <td>{nameOf(article.reviewRequestedBy)}</td>
                <td>{when(article.reviewRequestedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
