import type { Field, FieldHook, RelationshipFieldValidation } from 'payload'
import { relationship } from 'payload/shared'

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
 * The choices have defaults and are not `required`, so that GraphQL does not demand them of a
 * reader who only gives an address; an explicit null also falls back to the default.
 */
const orDefault =
  (fallback: string): FieldHook =>
  ({ value }) =>
    value ?? fallback

const choice = (name: string, fallback: string) => ({
  name,
  type: 'select' as const,
  defaultValue: fallback,
  hooks: { beforeValidate: [orDefault(fallback)] },
})

const isEmpty = (value: unknown) => !Array.isArray(value) || value.length === 0

/** "Chosen topics and authors" with none chosen would never receive anything: refused, by `topics`. */
const somethingChosen: RelationshipFieldValidation = (value, options) => {
  const { scope, authors } = (options.siblingData ?? {}) as { scope?: unknown; authors?: unknown }
  if (scope === 'chosen' && isEmpty(value) && isEmpty(authors))
    return 'Choose at least one topic or author, or everything.'
  return relationship(value, options)
}

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
    ...choice('locale', 'en'),
    label: 'Language',
    options: LOCALES.map((value) => ({ value, label: LOCALE_NAMES[value] })),
  },
  {
    ...choice('frequency', 'each'),
    index: true,
    options: [
      { value: 'each', label: 'Every new publication' },
      { value: 'weekly', label: 'Weekly digest' },
    ],
  },
  {
    ...choice('scope', 'all'),
    label: 'What',
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
    validate: somethingChosen,
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
