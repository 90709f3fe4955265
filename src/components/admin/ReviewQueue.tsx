import type { Payload } from 'payload'

import { canAlways } from '@/access/gate'

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

/** On the dashboard, for editors: the drafts waiting for review, oldest first, with who sent them and when. */
export async function ReviewQueue({ payload, user }: AdminServerProps) {
  if (!canAlways(user, 'articles', 'publish')) return null
  const { docs, totalDocs } = await payload.find({
    collection: 'articles',
    draft: true,
    where: { reviewState: { equals: 'in-review' } },
    sort: 'reviewRequestedAt',
    limit: 20,
    depth: 1,
    select: { title: true, authors: true, reviewRequestedAt: true, reviewRequestedBy: true },
    user,
    overrideAccess: false,
  })
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
              <th scope="col">Authors</th>
              <th scope="col">Submitted by</th>
              <th scope="col">Submitted</th>
            </tr>
          </thead>
          <tbody>
            {docs.map((article) => (
              <tr key={article.id}>
                <td>
                  <a href={`/admin/collections/articles/${article.id}`}>{article.title}</a>
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
