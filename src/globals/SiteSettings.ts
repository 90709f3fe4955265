import type { Field, GlobalConfig } from 'payload'

import { accessOf, fieldAccess } from '@/access'
import { linksField } from '@/fields/links'
import { revalidateGlobalAfterChange } from '@/hooks/revalidateSite'
import { DEFAULT_DECISION_EMAILS, TEMPLATE_PLACEHOLDERS } from '@/lib/emailTemplates'

const decisionTemplate = (decision: keyof typeof DEFAULT_DECISION_EMAILS): Field => ({
  name: decision,
  label: decision === 'accepted' ? 'Accepted' : 'Declined',
  type: 'group',
  fields: [
    {
      name: 'subject',
      type: 'text',
      localized: true,
      maxLength: 200,
      defaultValue: DEFAULT_DECISION_EMAILS[decision].subject,
    },
    {
      name: 'body',
      type: 'textarea',
      localized: true,
      maxLength: 5000,
      defaultValue: DEFAULT_DECISION_EMAILS[decision].body,
    },
  ],
})

/** The think tank's identity, follow links, submission rules and comment policy. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Site settings',
  admin: { group: 'Administration' },
  hooks: { afterChange: [revalidateGlobalAfterChange] },
  access: accessOf('site-settings'),
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Identity',
          fields: [
            {
              name: 'siteName',
              type: 'text',
              required: true,
              maxLength: 80,
              defaultValue: 'Think Tank',
            },
            { name: 'tagline', type: 'text', localized: true, maxLength: 160 },
            { name: 'about', type: 'richText', localized: true },
            { name: 'contactEmail', label: 'Contact e-mail', type: 'email' },
            linksField('followLinks', 'Follow links'),
          ],
        },
        {
          label: 'Submissions',
          fields: [
            {
              name: 'submissionGuidelines',
              type: 'richText',
              localized: true,
              admin: { description: 'Shown above the "Become an analyst" form.' },
            },
            {
              name: 'decisionEmails',
              label: 'Decision e-mails',
              type: 'group',
              access: fieldAccess('site-settings', 'decisionEmails'),
              admin: {
                description: `Sent to the submitter when an editor accepts or declines (in the submission's language). Placeholders: ${TEMPLATE_PLACEHOLDERS.map((key) => `{${key}}`).join(', ')}.`,
              },
              fields: [decisionTemplate('accepted'), decisionTemplate('declined')],
            },
          ],
        },
        {
          name: 'commentPolicy',
          label: 'Comment policy',
          // Readers must not learn what the blocklist catches or how moderation works.
          access: fieldAccess('site-settings', 'commentPolicy'),
          fields: [
            {
              name: 'moderationMode',
              type: 'select',
              required: true,
              defaultValue: 'hold-all',
              options: [
                { label: 'Hold every comment for moderation', value: 'hold-all' },
                { label: 'Hold first-time commenters only', value: 'hold-first-time' },
                { label: 'Publish at once', value: 'publish' },
              ],
            },
            {
              name: 'linkLimit',
              type: 'number',
              required: true,
              defaultValue: 2,
              min: 0,
              max: 50,
              admin: { description: 'Hold a comment with more links than this.' },
            },
            {
              name: 'blocklist',
              type: 'textarea',
              maxLength: 20000,
              admin: {
                description:
                  'One word or phrase per line. A comment containing one is marked as spam.',
              },
            },
          ],
        },
      ],
    },
  ],
}
