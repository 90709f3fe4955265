import type { I18nClient } from '@payloadcms/translations'
import type { Payload, Where } from 'payload'
import type { ReactNode } from 'react'

import { canAlways } from '@/access/gate'
import { authorIdOf } from '@/access/roles'
import { adminT } from '@/i18n/admin'
import { isLocale, localePath } from '@/i18n/config'
import type { Article } from '@/payload-types'

import { adminDateTime, needsActionStyle } from './adminFormat'

type AdminServerProps = { payload: Payload; user?: unknown; i18n: I18nClient }
type T = ReturnType<typeof adminT>
type Listed = Pick<
  Article,
  'id' | 'title' | 'slug' | 'reviewNote' | 'reviewLocale' | 'updatedAt' | 'publishedAt'
> &
  Partial<Pick<Article, 'reviewRequestedAt'>>

const LIMIT = 10
const editLink = (article: Listed) =>
  `/admin/collections/articles/${article.id}${article.reviewLocale ? `?locale=${article.reviewLocale}` : ''}`

/** One state of the author's work: the newest drafts in it, as the latest versions say. */
async function drafts(payload: Payload, user: unknown, own: Where, state: Article['reviewState']) {
  return payload.find({
    collection: 'articles',
    draft: true,
    where: { and: [own, { _status: { equals: 'draft' } }, { reviewState: { equals: state } }] },
    sort: '-updatedAt',
    limit: LIMIT,
    depth: 0,
    select: {
      title: true,
      reviewNote: true,
      reviewLocale: true,
      reviewRequestedAt: true,
      updatedAt: true,
    },
    user,
    overrideAccess: false,
  })
}

function Section({
  id,
  heading,
  docs,
  t,
  meta,
}: {
  id: string
  heading: string
  docs: Listed[]
  t: T
  meta: (article: Listed) => ReactNode
}) {
  return (
    <section aria-labelledby={id} className={`your-articles__section your-articles__${id}`}>
      <h3 id={id} style={{ margin: '1rem 0 0.5rem' }}>
        {heading}
      </h3>
      {docs.length === 0 ? (
        <p style={{ margin: 0 }}>{t('cms:desk:none')}</p>
      ) : (
        <ul style={{ margin: 0, paddingLeft: '1.2rem' }}>
          {docs.map((article) => (
            <li key={article.id} style={{ marginBottom: '0.5rem' }}>
              <a href={editLink(article)}>{article.title || t('cms:desk:untitled')}</a>{' '}
              {meta(article)}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/**
 * On the dashboard, for the people whose drafts go through review (those without `articles.publish`):
 * their own articles by state, each linking to it. Changes requested come first, with the editors'
 * message in full, until the draft is sent back; then drafts, drafts in review, and what was
 * published lately. Editors have the review queue instead (ReviewQueue.tsx).
 */
export async function YourArticles({ payload, user, i18n }: AdminServerProps) {
  if (!user || canAlways(user, 'articles', 'publish')) return null
  const t = adminT(i18n.t)
  const authorId = authorIdOf(user)
  const date = (iso: string | null | undefined) => adminDateTime(iso, i18n.language)
  const language = isLocale(i18n.language) ? i18n.language : 'en'
  if (authorId === undefined)
    return (
      <section className="your-articles" style={{ marginBottom: '2rem' }}>
        <h2 style={{ margin: '0 0 0.5rem' }}>{t('cms:desk:title')}</h2>
        <p>{t('cms:desk:noProfile')}</p>
      </section>
    )
  const own: Where = { authors: { in: [authorId] } }
  const [changes, open, waiting, published] = await Promise.all([
    drafts(payload, user, own, 'changes-requested'),
    drafts(payload, user, own, 'none'),
    drafts(payload, user, own, 'in-review'),
    payload.find({
      collection: 'articles',
      where: { and: [own, { _status: { equals: 'published' } }] },
      sort: '-publishedAt',
      limit: 5,
      depth: 0,
      select: { title: true, slug: true, publishedAt: true, updatedAt: true },
      user,
      overrideAccess: false,
    }),
  ])
  return (
    <section
      className="your-articles"
      aria-labelledby="your-articles-title"
      style={{ marginBottom: '2rem' }}
    >
      <h2 id="your-articles-title" style={{ margin: '0 0 0.5rem' }}>
        {t('cms:desk:title')}
      </h2>
      <p style={{ margin: 0 }}>
        <a href="/admin/collections/articles/create">{t('cms:desk:write')}</a>
      </p>
      {changes.totalDocs > 0 && (
        <section
          aria-labelledby="changes-requested"
          className="your-articles__changes-requested"
          style={{ ...needsActionStyle, marginTop: '1rem' }}
        >
          <h3 id="changes-requested" style={{ margin: '0 0 0.5rem' }}>
            {t('cms:desk:changesRequested', { count: changes.totalDocs })}
          </h3>
          {changes.docs.map((article) => (
            <article key={article.id} style={{ marginBottom: '0.75rem' }}>
              <a href={editLink(article)} style={{ fontWeight: 600 }}>
                {article.title || t('cms:desk:untitled')}
              </a>
              <blockquote style={{ whiteSpace: 'pre-wrap', margin: '0.35rem 0 0.25rem' }}>
                {article.reviewNote}
              </blockquote>
              <small>{t('cms:review:thenResubmit')}</small>
            </article>
          ))}
        </section>
      )}
      <Section
        id="drafts"
        heading={t('cms:desk:drafts', { count: open.totalDocs })}
        docs={open.docs}
        t={t}
        meta={(article) => <small>{t('cms:desk:edited', { date: date(article.updatedAt) })}</small>}
      />
      <Section
        id="in-review"
        heading={t('cms:desk:inReview', { count: waiting.totalDocs })}
        docs={waiting.docs}
        t={t}
        meta={(article) => (
          <small>{t('cms:desk:sent', { date: date(article.reviewRequestedAt) })}</small>
        )}
      />
      <Section
        id="published"
        heading={t('cms:desk:published')}
        docs={published.docs}
        t={t}
        meta={(article) => (
          <small>
            {t('cms:desk:publishedOn', { date: date(article.publishedAt) })} ·{' '}
            <a href={localePath(language, `/articles/${article.slug}`)}>{t('cms:desk:onSite')}</a>
          </small>
        )}
      />
    </section>
  )
}
