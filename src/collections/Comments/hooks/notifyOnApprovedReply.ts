import type { CollectionAfterChangeHook } from 'payload'

import { notificationMessages } from '@/i18n/notificationMessages'
import { absoluteUrl, siteOrigin } from '@/lib/config/site'
import { mailLanguage, notify } from '@/lib/notify'
import { sign } from '@/lib/signedToken'
import type { Comment } from '@/payload-types'

/** The one-click link that turns off reply notifications for one comment. */
export const unsubscribeUrl = (commentId: Comment['id'], secret: string) =>
  `${siteOrigin()}/comments/unsubscribe?comment=${encodeURIComponent(String(commentId))}&token=${sign(`unsubscribe:${commentId}`, secret)}`

/**
 * When a reply becomes visible (created approved, or approved later), the parent comment's author
 * hears about it if they ticked "notify me of replies", in the language of the page they
 * commented on, with the link to the discussion on that page.
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
  const language = mailLanguage(parent.language)
  const articleId = typeof doc.article === 'object' ? doc.article.id : doc.article
  const article = await req.payload.findByID({
    collection: 'articles',
    id: articleId,
    locale: language,
    depth: 0,
    select: { title: true, slug: true },
    req,
  })
  await notify(req, [{ email: parent.authorEmail, language }], () =>
    notificationMessages(language).reply({
      title: article.title,
      name: doc.authorName,
      body: doc.body,
      link: `${absoluteUrl(language, `/articles/${article.slug}`)}#comment-${doc.id}`,
      stop: unsubscribeUrl(parent.id, req.payload.secret),
    }),
  )
  return doc
}
