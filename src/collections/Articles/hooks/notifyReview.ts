import type { CollectionAfterChangeHook } from 'payload'

import { rolesThatCan } from '@/access/gate'
import { absoluteUrl } from '@/lib/config/site'
import { siteOrigin } from '@/lib/config/site'
import { addressesOfRoles, coAuthorAddresses, sendQuietly } from '@/lib/notify'
import type { Article } from '@/payload-types'
import { idOf } from '@/lib/relations'

const idsOf = (authors: Article['authors']) => (authors ?? []).map(idOf)
const nameOf = (user: unknown) =>
  (user as { name?: string; email?: string } | null)?.name ||
  (user as { email?: string } | null)?.email ||
  'Someone'

/**
 * The workflow's e-mails, one per step: editors hear when a draft is sent for review; the
 * co-authors when changes are requested (with the editor's message) and when it is published.
 * Autosaves and other saves that change no step send nothing.
 */
export const notifyReview: CollectionAfterChangeHook<Article> = async ({
  doc,
  previousDoc,
  req,
}) => {
  const adminLink = `${siteOrigin()}/admin/collections/articles/${doc.id}`
  const entered = (state: Article['reviewState']) =>
    doc.reviewState === state && previousDoc?.reviewState !== state

  if (entered('in-review')) {
    await sendQuietly(req, {
      to: await addressesOfRoles(req, rolesThatCan('articles', 'publish')),
      subject: `For review: “${doc.title}”`,
      text: `${nameOf(req.user)} sent “${doc.title}” for review.\n\n${doc.standfirst ?? ''}\n\nReview it: ${adminLink}\n`,
    })
  }
  if (entered('changes-requested')) {
    await sendQuietly(req, {
      to: await coAuthorAddresses(req, idsOf(doc.authors)),
      subject: `Changes requested: “${doc.title}”`,
      text: `${nameOf(req.user)} asks for changes to “${doc.title}”:\n\n${doc.reviewNote ?? ''}\n\nOpen the draft: ${adminLink}\n`,
    })
  }
  if (doc._status === 'published' && previousDoc?._status !== 'published') {
    await sendQuietly(req, {
      to: await coAuthorAddresses(req, idsOf(doc.authors)),
      subject: `Published: “${doc.title}”`,
      text: `“${doc.title}” is now live: ${absoluteUrl('en', `/articles/${doc.slug}`)}\n`,
    })
  }
  return doc
}
