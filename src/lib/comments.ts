/** Reading the public side of comments: approved ones only, as the anonymous reader sees them. */
import type { Article, Comment } from '@/payload-types'

import { getPayloadClient } from './payload'
import { idOf } from './relations'

export type PublicComment = Pick<Comment, 'id' | 'authorName' | 'body' | 'createdAt'> & {
  /** Written by staff as the think tank (a moderator's reply from the admin). */
  byStaff: boolean
  replies: PublicComment[]
}

/** Approved comments of an article, oldest first, each with its approved replies. */
export async function getThread(
  articleId: Article['id'],
): Promise<{ comments: PublicComment[]; count: number }> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'comments',
    where: { and: [{ article: { equals: articleId } }, { status: { equals: 'approved' } }] },
    sort: 'createdAt',
    limit: 0,
    pagination: false,
    depth: 0,
    select: { authorName: true, body: true, createdAt: true, parent: true, staffAuthor: true },
    overrideAccess: false,
  })
  // Keyed by the id as text: ids are opaque, and a relationship value need not share the id's runtime type.
  const byId = new Map<string, PublicComment>(
    docs.map(({ staffAuthor, ...doc }) => [
      String(doc.id),
      { ...doc, byStaff: Boolean(staffAuthor), replies: [] },
    ]),
  )
  const topLevel: PublicComment[] = []
  for (const doc of docs) {
    const parent = doc.parent ? byId.get(String(idOf(doc.parent))) : undefined
    if (parent) parent.replies.push(byId.get(String(doc.id))!)
    else if (!doc.parent) topLevel.push(byId.get(String(doc.id))!)
  }
  return { comments: topLevel, count: docs.length }
}

/** Approved-comment counts for a list of articles, in one query, keyed by the article id as text. */
export async function approvedCommentCounts(
  articleIds: Article['id'][],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  if (articleIds.length === 0) return counts
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'comments',
    where: { and: [{ article: { in: articleIds } }, { status: { equals: 'approved' } }] },
    limit: 0,
    pagination: false,
    depth: 0,
    select: { article: true },
    overrideAccess: false,
  })
  for (const doc of docs) {
    const article = String(idOf(doc.article))
    counts.set(article, (counts.get(article) ?? 0) + 1)
  }
  return counts
}
