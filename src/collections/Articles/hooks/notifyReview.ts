import type { CollectionAfterChangeHook } from 'payload'

import { rolesThatCan } from '@/access/gate'
import { notificationMessages } from '@/i18n/notificationMessages'
import { absoluteUrl, siteOrigin } from '@/lib/config/site'
import { coAuthors, notify, staffWithRoles, type Recipient } from '@/lib/notify'
import { announceReviewStep } from '@/lib/reviewNotice'
import type { Article } from '@/payload-types'
import { idOf } from '@/lib/relations'

const idsOf = (authors: Article['authors']) => (authors ?? []).map(idOf)
const nameOf = (user: unknown) =>
  (user as { name?: string; email?: string } | null)?.name ||
  (user as { email?: string } | null)?.email ||
  undefined

/** The distinct addresses a notification goes to: what the admin's confirmation counts. */
const distinct = (recipients: Recipient[]) =>
  new Set(recipients.map((recipient) => recipient.email).filter(Boolean)).size

/**
 * The workflow's e-mails, one per step, each in its recipients' languages: editors hear when a
 * draft is sent for review; the co-authors when changes are requested (with the editor's message)
 * and when it is published (with a link to the article in their language). Autosaves and other
 * saves that change no step send nothing. The response says which step was taken and how many
 * people were told (src/lib/reviewNotice.ts), for the confirmation in the admin.
 */
export const notifyReview: CollectionAfterChangeHook<Article> = async ({
  doc,
  previousDoc,
  req,
}) => {
  const link = `${siteOrigin()}/admin/collections/articles/${doc.id}`
  const who = nameOf(req.user)
  const entered = (state: Article['reviewState']) =>
    doc.reviewState === state && previousDoc?.reviewState !== state

  if (entered('in-review')) {
    const editors = await staffWithRoles(req, rolesThatCan('articles', 'publish'))
    announceReviewStep(req, { step: 'in-review', told: distinct(editors) })
    await notify(req, editors, (language) =>
      notificationMessages(language).forReview({
        who,
        title: doc.title,
        standfirst: doc.standfirst ?? '',
        link,
      }),
    )
  }
  if (entered('changes-requested')) {
    const authors = await coAuthors(req, idsOf(doc.authors))
    announceReviewStep(req, { step: 'changes-requested', told: distinct(authors) })
    await notify(req, authors, (language) =>
      notificationMessages(language).changesRequested({
        who,
        title: doc.title,
        note: doc.reviewNote ?? '',
        link,
      }),
    )
  }
  if (doc._status === 'published' && previousDoc?._status !== 'published') {
    await notify(req, await coAuthors(req, idsOf(doc.authors)), (language) =>
      notificationMessages(language).published({
        title: doc.title,
        url: absoluteUrl(language, `/articles/${doc.slug}`),
      }),
    )
  }
  return doc
}
