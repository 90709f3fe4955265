import { headers } from 'next/headers'
import type { DefaultServerCellComponentProps, Payload } from 'payload'
import { cache } from 'react'

import { adminT } from '@/i18n/admin'
import { DEFAULT_LOCALE, localePath } from '@/i18n/config'
import type { Article } from '@/payload-types'

/** Enough of a comment to moderate most of them from the list; the whole text is on hover. */
const EXCERPT_LENGTH = 140

/** The comments list's text column: an excerpt, the whole comment as its title. */
export function BodyCell({ cellData }: DefaultServerCellComponentProps) {
  const text = typeof cellData === 'string' ? cellData : ''
  const excerpt =
    text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH).trimEnd()}…` : text
  return (
    <span title={text} style={{ whiteSpace: 'normal' }}>
      {excerpt}
    </span>
  )
}

/** The list's viewer, once per page render: cells are given no request. */
const viewer = cache(async (payload: Payload) => {
  const { user } = await payload.auth({ headers: await headers() })
  return user
})

/** Each article once per page render, as the viewer may read it. */
const articleOf = cache(async (payload: Payload, id: Article['id']) =>
  payload
    .findByID({
      collection: 'articles',
      id,
      depth: 0,
      select: { title: true, slug: true, _status: true },
      overrideAccess: false,
      user: await viewer(payload),
      disableErrors: true,
    })
    .catch(() => null),
)

/**
 * The comments list's article column: the title, linking to the article's edit view, and its
 * public page while it is published.
 */
export async function ArticleCell({ cellData, payload, i18n }: DefaultServerCellComponentProps) {
  const id = typeof cellData === 'object' && cellData ? cellData.id : cellData
  const article = id ? await articleOf(payload, id) : null
  if (!article) return <span>{id ? String(id) : ''}</span>
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: '0.5rem' }}>
      <a href={`/admin/collections/articles/${article.id}`}>{article.title}</a>
      {article._status === 'published' && (
        <a href={localePath(DEFAULT_LOCALE, `/articles/${article.slug}`)} target="_blank">
          {adminT(i18n.t)('cms:moderation:onSite')}
        </a>
      )}
    </span>
  )
}
