import type { CollectionConfig } from 'payload'

import { accessOf, fieldAccess } from '@/access'
import { systemField } from '@/fields/system'
import { emailOnly, textareaOnly, textOnly } from '@/fields/validators'
import { collectionLabels, inEveryLanguage } from '@/i18n/admin'
import { DEFAULT_LOCALE, LOCALE_NAMES, LOCALES } from '@/i18n/config'

import { applyModerationPolicy } from './hooks/applyModerationPolicy'
import { checkThread } from './hooks/checkThread'
import { hashCommenterIp } from './hooks/hashCommenterIp'
import { limitFloodsAndDuplicates, releaseFailedComment } from './hooks/limitFloodsAndDuplicates'
import { lowerCaseEmail, trimText } from '@/fields/normalize'
import { notifyEditorsOfHeldComment } from './hooks/notifyEditorsOfHeldComment'
import { notifyOnApprovedReply } from './hooks/notifyOnApprovedReply'
import { revalidateDeletedComment, revalidateThread } from './hooks/revalidateThread'
import { COMMENT_LIMITS } from './limits'
import { moderate } from './endpoints/moderate'
import { reply } from './endpoints/reply'
import { markStaffReply } from './hooks/markStaffReply'

/** Reader comments: anyone may post, everything is held for moderation unless the policy says otherwise. */
export const Comments: CollectionConfig = {
  slug: 'comments',
  labels: collectionLabels('comments'),
  admin: {
    useAsTitle: 'authorName',
    // Who wrote what, on which article, in answer to whom, and where it stands: moderation from the list.
    defaultColumns: ['authorName', 'body', 'article', 'parent', 'status', 'createdAt'],
    listSearchableFields: ['authorName', 'authorEmail', 'body'],
    group: inEveryLanguage((t) => t.groups.readers),
    components: {
      views: { list: { actions: ['@/components/admin/PendingFirst#PendingFirst'] } },
      beforeListTable: [
        '@/components/admin/ModerationCounts#CommentStatusCounts',
        '@/components/admin/ModerateSelection#ModerateSelection',
      ],
    },
  },
  defaultSort: 'createdAt',
  // A copy would carry the original's private e-mail and reply setting under a stranger's text:
  // nobody copies comments (Payload's duplicate is open to whoever may create and read one).
  disableDuplicate: true,
  access: accessOf('comments'),
  endpoints: [moderate, reply],
  hooks: {
    beforeValidate: [checkThread, limitFloodsAndDuplicates],
    beforeChange: [hashCommenterIp, applyModerationPolicy, markStaffReply],
    afterChange: [notifyEditorsOfHeldComment, notifyOnApprovedReply, revalidateThread],
    afterDelete: [revalidateDeletedComment],
    afterError: [releaseFailedComment],
  },
  fields: [
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      required: true,
      index: true,
      admin: { components: { Cell: '@/components/admin/commentCells#ArticleCell' } },
    },
    {
      name: 'parent',
      label: 'In reply to',
      type: 'relationship',
      relationTo: 'comments',
      index: true,
      admin: { description: 'One level of replies: a reply to an approved top-level comment.' },
    },
    {
      name: 'authorName',
      label: 'Name',
      type: 'text',
      required: true,
      maxLength: COMMENT_LIMITS.authorName,
      validate: textOnly,
      hooks: { beforeValidate: [trimText] },
    },
    {
      name: 'authorEmail',
      label: 'E-mail',
      type: 'email',
      required: true,
      validate: emailOnly,
      index: true,
      hooks: { beforeValidate: [lowerCaseEmail] },
      access: fieldAccess('comments', 'authorEmail'),
    },
    {
      name: 'body',
      label: 'Comment',
      type: 'textarea',
      required: true,
      maxLength: COMMENT_LIMITS.body,
      validate: textareaOnly,
      hooks: { beforeValidate: [trimText] },
      admin: { components: { Cell: '@/components/admin/commentCells#BodyCell' } },
    },
    // The moderator's answer, published as the think tank's under this comment's thread.
    {
      name: 'staffReply',
      type: 'ui',
      admin: { components: { Field: '@/components/admin/StaffReply#StaffReply' } },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: (['pending', 'approved', 'spam', 'rejected'] as const).map((status) => ({
        label: inEveryLanguage((t) => t.moderation.status[status]),
        value: status,
      })),
      access: fieldAccess('comments', 'status'),
      admin: {
        position: 'sidebar',
        components: { Cell: '@/components/admin/ModerateRow#ModerateRow' },
      },
    },
    {
      name: 'notifyOnReply',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
    // The language of the page the reader wrote on, given by the comment form
    // (src/app/(site)/comments/route.ts): the reply notification goes out in it. One of the
    // site's languages whoever sends it.
    {
      name: 'language',
      label: inEveryLanguage((t) => t.fields.commentLanguage.label),
      type: 'select',
      defaultValue: DEFAULT_LOCALE,
      options: LOCALES.map((locale) => ({ label: LOCALE_NAMES[locale], value: locale })),
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: inEveryLanguage((t) => t.fields.commentLanguage.description),
      },
    },
    // Set by markStaffReply only: the moderator who answered as the think tank.
    systemField({
      name: 'staffAuthor',
      label: inEveryLanguage((t) => t.fields.staffAuthor.label),
      type: 'relationship',
      relationTo: 'users',
      admin: {
        description: inEveryLanguage((t) => t.fields.staffAuthor.description),
        // Only on the team's own replies: on a reader's comment the empty field said nothing.
        condition: (data) => Boolean(data?.staffAuthor),
      },
    }),
    // Set by hashCommenterIp only.
    systemField({
      name: 'ipHash',
      label: 'IP hash',
      type: 'text',
      index: true,
      access: fieldAccess('comments', 'ipHash'),
    }),
  ],
}
