import type { CollectionAfterChangeHook } from 'payload'

import { rolesThatCan } from '@/access/gate'
import { notificationMessages } from '@/i18n/notificationMessages'
import { siteOrigin } from '@/lib/config/site'
import { notify, staffWithRoles } from '@/lib/notify'
import type { Comment } from '@/payload-types'

/**
 * One e-mail per held comment to every editor and admin, in their languages, with a link to it in
 * the admin panel. (Per comment rather than a digest: a think tank's comment volume is small and
 * editors want to answer readers the same day.)
 */
export const notifyEditorsOfHeldComment: CollectionAfterChangeHook<Comment> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create' || doc.status !== 'pending') return doc
  const articleId = typeof doc.article === 'object' ? doc.article.id : doc.article
  const article = await req.payload.findByID({
    collection: 'articles',
    id: articleId,
    depth: 0,
    select: { title: true },
    req,
  })
  const link = `${siteOrigin()}/admin/collections/comments/${doc.id}`
  await notify(req, await staffWithRoles(req, rolesThatCan('comments', 'moderate')), (language) =>
    notificationMessages(language).heldComment({
      title: article.title,
      name: doc.authorName,
      body: doc.body,
      link,
    }),
  )
  return doc
}
