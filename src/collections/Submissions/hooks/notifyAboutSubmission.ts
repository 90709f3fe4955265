import type { CollectionAfterChangeHook } from 'payload'

import { rolesThatCan } from '@/access/gate'
import { LOCALE_TAGS, type Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { notificationMessages } from '@/i18n/notificationMessages'
import { siteOrigin } from '@/lib/config/site'
import { mailLanguage, notify, staffWithRoles } from '@/lib/notify'
import type { Submission } from '@/payload-types'

/** The name of the submission's language, in the language of the mail ("Turkish", "турецкий"). */
function languageName(submitted: Submission['language'], locale: Locale): string {
  if (submitted === 'other' || !submitted) return notificationMessages(locale).otherLanguage
  return (
    new Intl.DisplayNames([LOCALE_TAGS[locale]], { type: 'language' }).of(submitted) ?? submitted
  )
}

/**
 * A new submission: the author gets a confirmation with the reference to quote, in the
 * submission's language (English for Turkish and other ones), and every editor and admin a link
 * to it in the admin panel, in their own languages. (System look-ups: the submitter reads nothing.)
 */
export const notifyAboutSubmission: CollectionAfterChangeHook<Submission> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req })
  const reference = doc.reference ?? ''
  await notify(req, [{ email: doc.email, language: mailLanguage(doc.language) }], (language) =>
    notificationMessages(language).received({
      name: doc.name,
      title: doc.title,
      reference,
      site: settings.siteName,
    }),
  )
  await notify(req, await staffWithRoles(req, rolesThatCan('submissions', 'review')), (language) =>
    notificationMessages(language).newSubmission({
      sender: `${doc.name}${doc.affiliation ? ` (${doc.affiliation})` : ''}`,
      title: doc.title,
      reference,
      kind: messagesFor(language).kinds[doc.kind],
      language: languageName(doc.language, language),
      abstract: doc.abstract,
      link: `${siteOrigin()}/admin/collections/submissions/${doc.id}`,
    }),
  )
  return doc
}
