/** Reading the public side of comments: approved ones only, as the anonymous reader sees them. */
import type { Article, Comment } from '@/payload-types'

import { getPayloadClient } from './payload'

export type PublicComment = Pick<Comment, 'id' | 'authorName' | 'body' | 'createdAt'> & { replies: PublicComment[] }

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number }).id : (value as number))

/** Approved comments of an article, oldest first, each with its approved replies. */
export async function getThread(articleId: Article['id']): Promise<{ comments: PublicComment[]; count: number }> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'comments',
    where: { and: [{ article: { equals: articleId } }, { status: { equals: 'approved' } }] },
    sort: 'createdAt',
    limit: 0,
    pagination: false,
    depth: 0,
    select: { authorName: true, body: true, createdAt: true, parent: true },
    overrideAccess: false,
  })
  const byId = new Map<number, PublicComment>(docs.map((doc) => [doc.id, { ...doc, replies: [] }]))
  const topLevel: PublicComment[] = []
  for (const doc of docs) {
    const parent = doc.parent ? byId.get(idOf(doc.parent)) : undefined
    if (parent) parent.replies.push(byId.get(doc.id)!)
    else if (!doc.parent) topLevel.push(byId.get(doc.id)!)
  }
  return { comments: topLevel, count: docs.length }
}

/** Approved-comment counts for a list of articles, in one query. */
export async function approvedCommentCounts(articleIds: Article['id'][]): Promise<Map<Article['id'], number>> {
  const counts = new Map<Article['id'], number>()
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
  for (const doc of docs) counts.set(idOf(doc.article), (counts.get(idOf(doc.article)) ?? 0) + 1)
  return counts
}
