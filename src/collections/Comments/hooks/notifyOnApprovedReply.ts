import type { CollectionAfterChangeHook } from 'payload'

import { absoluteUrl } from '@/lib/config/site'
import { siteOrigin } from '@/lib/config/site'
import { sendQuietly } from '@/lib/notify'
import { sign } from '@/lib/signedToken'
import type { Comment } from '@/payload-types'

/** The one-click link that turns off reply notifications for one comment. */
export const unsubscribeUrl = (commentId: Comment['id'], secret: string) =>
  `${siteOrigin()}/comments/unsubscribe?comment=${encodeURIComponent(String(commentId))}&token=${sign(`unsubscribe:${commentId}`, secret)}`

/**
 * When a reply becomes visible (created approved, or approved later), the parent comment's author
 * hears about it if they ticked "notify me of replies".
 */
export const notifyOnApprovedReply: CollectionAfterChangeHook<Comment> = async ({
  doc,
  previousDoc,
  req,
}) => {
  const becameVisible = doc.status === 'approved' && previousDoc?.status !== 'approved'
  if (!becameVisible || !doc.parent) return doc
  const parentId = typeof doc.parent === 'object' ? doc.parent.id : doc.parent
  const parent = await req.payload.findByID({
    collection: 'comments',
    id: parentId,
    depth: 0,
    req,
    disableErrors: true,
  })
  if (!parent?.notifyOnReply || !parent.authorEmail || parent.authorEmail === doc.authorEmail)
    return doc
  const articleId = typeof doc.article === 'object' ? doc.article.id : doc.article
  const article = await req.payload.findByID({
    collection: 'articles',
    id: articleId,
    depth: 0,
    select: { title: true, slug: true },
    req,
  })
  const link = `${absoluteUrl('en', `/articles/${article.slug}`)}#comment-${doc.id}`
  await sendQuietly(req, {
    to: parent.authorEmail,
    subject: `New reply to your comment on “${article.title}”`,
    text:
      `${doc.authorName} replied to your comment:\n\n${doc.body}\n\nRead the discussion: ${link}\n\n` +
      `Stop these e-mails for this comment: ${unsubscribeUrl(parent.id, req.payload.secret)}\n`,
  })
  return doc
}
