import type { Field, GlobalConfig } from 'payload'

import { accessOf, fieldAccess, hiddenUnless } from '@/access'
import { brandColourField } from '@/fields/colour'
import { linksField } from '@/fields/links'
import { navLinkFields } from '@/fields/navLink'
import { revalidateGlobalAfterChange } from '@/hooks/revalidateSite'
import { DEFAULT_TYPEFACE, TYPEFACES } from '@/lib/branding/typefaces'
import { inEveryLanguage } from '@/i18n/admin'
import { DEFAULT_DECISION_EMAILS, TEMPLATE_PLACEHOLDERS, type Decision } from '@/lib/emailTemplates'
import { DEFAULT_GUIDELINES } from '@/lib/manuscripts/guidelines'

const decisionTemplate = (decision: Decision): Field => ({
  name: decision,
  label: decision === 'accepted' ? 'Accepted' : 'Declined',
  type: 'group',
  fields: [
    {
      name: 'subject',
      type: 'text',
      localized: true,
      maxLength: 200,
      defaultValue: DEFAULT_DECISION_EMAILS.en[decision].subject,
    },
    {
      name: 'body',
      type: 'textarea',
      localized: true,
      maxLength: 5000,
      defaultValue: DEFAULT_DECISION_EMAILS.en[decision].body,
    },
  ],
})

/** A range whose upper end is below its lower end would call every manuscript too long or too short. */
const atLeastTheFewest = (
  value: number | null | undefined,
  { siblingData }: { siblingData: { minWords?: number | null } },
) =>
  typeof value !== 'number' ||
  typeof siblingData.minWords !== 'number' ||
  value >= siblingData.minWords ||
  'The most words must be at least the fewest words.'

/** The think tank's identity, follow links, submission rules and comment policy. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: inEveryLanguage((t) => t.siteSettings),
  admin: {
    group: inEveryLanguage((t) => t.groups.administration),
    hidden: hiddenUnless('site-settings', 'update'),
  },
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
            { name: 'contactEmail', label: 'Contact e-mail', type: 'email' },
            linksField('followLinks', 'Follow links'),
          ],
        },
        {
          name: 'branding',
          label: 'Branding',
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'logo',
                  type: 'upload',
                  relationTo: 'media',
                  admin: {
                    width: '50%',
                    description:
                      'Shown in the header instead of the name: a wide PNG or WebP, with a transparent background.',
                  },
                },
                {
                  name: 'logoOnDark',
                  label: 'Logo for dark backgrounds',
                  type: 'upload',
                  relationTo: 'media',
                  admin: {
                    width: '50%',
                    description: 'For readers whose device uses a dark scheme.',
                  },
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'siteIcon',
                  type: 'upload',
                  relationTo: 'site-icons',
                  admin: {
                    width: '50%',
                    description:
                      'A square PNG of at least 512 × 512 px: the browser tab, bookmarks and phone home screens.',
                  },
                },
                {
                  name: 'socialImage',
                  label: 'Default social image',
                  type: 'upload',
                  relationTo: 'media',
                  admin: {
                    width: '50%',
                    description:
                      'Shown when a page without its own picture is shared (1200 × 630 px works best).',
                  },
                },
              ],
            },
            {
              type: 'row',
              fields: [
                brandColourField('brandColour', {
                  label: 'Brand colour',
                  required: true,
                  defaultValue: '#0b5d7a',
                  description:
                    'Links, buttons and highlights. Must be dark enough to read on white.',
                }),
                brandColourField('secondColour', {
                  label: 'Second brand colour',
                  description: 'Optional: the band under the header and the section rules.',
                }),
              ],
            },
            {
              name: 'typeface',
              type: 'select',
              defaultValue: DEFAULT_TYPEFACE,
              options: TYPEFACES.map(({ value, label }) => ({ value, label })),
              admin: {
                description:
                  'Served by this site itself: readers’ browsers ask no font service. Each covers Azerbaijani and Russian.',
              },
            },
          ],
        },
        {
          label: 'Navigation',
          description:
            'The header menu and the footer columns. Labels are per language: switch the locale at the top to translate them.',
          fields: [
            {
              name: 'headerMenu',
              type: 'array',
              maxRows: 8,
              admin: {
                description:
                  'Left empty, the header shows Articles, Authors, About and Become an analyst.',
              },
              fields: navLinkFields(),
            },
            {
              name: 'footerColumns',
              type: 'array',
              maxRows: 4,
              fields: [
                { name: 'heading', type: 'text', required: true, localized: true, maxLength: 80 },
                { name: 'links', type: 'array', maxRows: 12, fields: navLinkFields() },
              ],
            },
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
              name: 'submissionTerms',
              label: 'Submission terms',
              type: 'textarea',
              localized: true,
              maxLength: 4000,
              admin: {
                description:
                  'What submitters agree to, shown above the checkbox of the "Become an analyst" form; a blank line starts a new paragraph. Left empty, the built-in terms are shown.',
              },
            },
            {
              name: 'manuscriptGuidelines',
              label: 'What a manuscript should meet',
              type: 'group',
              admin: {
                description:
                  'The "Become an analyst" page states the length; editors read each submission against it.',
              },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'minWords',
                      label: 'Fewest words',
                      type: 'number',
                      required: true,
                      min: 1,
                      max: 100000,
                      defaultValue: DEFAULT_GUIDELINES.minWords,
                    },
                    {
                      name: 'maxWords',
                      label: 'Most words',
                      type: 'number',
                      required: true,
                      min: 1,
                      max: 100000,
                      defaultValue: DEFAULT_GUIDELINES.maxWords,
                      validate: atLeastTheFewest,
                    },
                  ],
                },
                {
                  name: 'summary',
                  label: 'The other rules, in a sentence',
                  type: 'textarea',
                  localized: true,
                  maxLength: 600,
                  defaultValue: DEFAULT_GUIDELINES.summary,
                },
              ],
            },
            {
              name: 'decisionEmails',
              label: 'Decision e-mails',
              type: 'group',
              access: fieldAccess('site-settings', 'decisionEmails'),
              admin: {
                description: `Sent to the submitter when an editor accepts or declines, in the submission's language (English for other languages). Left as the English text in Azerbaijani or Russian, the built-in translation is sent. Placeholders: ${TEMPLATE_PLACEHOLDERS.map((key) => `{${key}}`).join(', ')}.`,
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
