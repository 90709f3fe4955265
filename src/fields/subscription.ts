import type { Field } from 'payload'

import { LOCALES, LOCALE_NAMES } from '@/i18n/config'
import { lowerCaseEmail, trimText } from '@/fields/normalize'
import { emailOnly, textOnly } from '@/fields/validators'

/** The lengths a subscription's fields may have: the form, its cookie and the collections share them. */
export const SUBSCRIPTION_LIMITS = {
  /** The longest address mail can be sent to (RFC 5321). */
  email: 254,
  name: 100,
  /** Chosen topics and authors, each. */
  choices: 50,
} as const

export const FREQUENCIES = ['each', 'weekly'] as const
export type Frequency = (typeof FREQUENCIES)[number]

/**
 * What a reader asks for, the same in a request (not yet confirmed) and in a subscription: the
 * address, a name, the language of the mails, every publication or a weekly digest, and everything
 * or chosen topics and authors.
 */
export const subscriptionFields = ({ uniqueEmail }: { uniqueEmail: boolean }): Field[] => [
  {
    name: 'email',
    label: 'E-mail',
    type: 'email',
    required: true,
    unique: uniqueEmail,
    index: true,
    validate: emailOnly,
    hooks: { beforeValidate: [lowerCaseEmail] },
  },
  {
    name: 'name',
    type: 'text',
    maxLength: SUBSCRIPTION_LIMITS.name,
    validate: textOnly,
    hooks: { beforeValidate: [trimText] },
  },
  {
    name: 'locale',
    label: 'Language',
    type: 'select',
    required: true,
    defaultValue: 'en',
    options: LOCALES.map((value) => ({ value, label: LOCALE_NAMES[value] })),
  },
  {
    name: 'frequency',
    type: 'select',
    required: true,
    defaultValue: 'each',
    index: true,
    options: [
      { value: 'each', label: 'Every new publication' },
      { value: 'weekly', label: 'Weekly digest' },
    ],
  },
  {
    name: 'scope',
    label: 'What',
    type: 'select',
    required: true,
    defaultValue: 'all',
    index: true,
    options: [
      { value: 'all', label: 'Everything' },
      { value: 'chosen', label: 'Chosen topics and authors' },
    ],
  },
  {
    name: 'topics',
    type: 'relationship',
    relationTo: 'topics',
    hasMany: true,
    maxRows: SUBSCRIPTION_LIMITS.choices,
    admin: { condition: (data) => data?.scope === 'chosen' },
  },
  {
    name: 'authors',
    type: 'relationship',
    relationTo: 'authors',
    hasMany: true,
    maxRows: SUBSCRIPTION_LIMITS.choices,
    admin: { condition: (data) => data?.scope === 'chosen' },
  },
]
