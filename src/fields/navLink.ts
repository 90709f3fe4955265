import type { Field, FieldHook, SelectField, Validate } from 'payload'
import { relationship, select } from 'payload/shared'

import { ARTICLE_KINDS } from './options'

/**
 * A link an editor points at something of the site's (a page, topic, kind of article, author, one of
 * the fixed sections) or at an outside address, with an optional label per language. Used by the
 * header menu, the footer columns and the pages' call-to-action block; src/lib/navigation.ts turns
 * it into an address and a label for the reader's language.
 */
export const LINK_TARGETS = [
  { label: 'Page', value: 'page' },
  { label: 'Topic', value: 'topic' },
  { label: 'Kind of article', value: 'kind' },
  { label: 'Author', value: 'author' },
  { label: 'Section of the site', value: 'section' },
  { label: 'Outside address', value: 'url' },
] as const

/** The fixed parts of the public site a menu may link to (their addresses are the values). */
export const SITE_SECTIONS = [
  { label: 'Home', value: '/' },
  { label: 'Articles', value: '/articles' },
  { label: 'Authors', value: '/authors' },
  { label: 'Search', value: '/search' },
  { label: 'Become an analyst (submission form)', value: '/submit' },
  { label: 'RSS feed', value: '/feed.xml' },
] as const

type Target = (typeof LINK_TARGETS)[number]['value']

/**
 * The field that holds the target of the chosen type is required; the others are cleared on save.
 * Payload's own check (an existing document, one of the options) still runs after this one.
 */
const requiredFor =
  (type: Target, message: string, ownCheck: Validate): Validate =>
  (value, options) => {
    if ((options.siblingData as { type?: string })?.type !== type) return true
    if (value === null || value === undefined || value === '') return message
    return ownCheck(value, options)
  }

const clearUnlessChosen =
  (type: Target): FieldHook =>
  ({ value, siblingData }) =>
    (siblingData as { type?: string })?.type === type ? value : null

const shownFor = (type: Target) => (_: unknown, siblingData: { type?: string }) =>
  siblingData?.type === type

/** An outside address (https) or a path on this site ("/articles?kind=report"). */
const validateLinkUrl: Validate = (value, { siblingData }) => {
  if ((siblingData as { type?: string })?.type !== 'url') return true
  if (typeof value !== 'string' || !value) return 'Enter the address to link to.'
  if (/^\/(?!\/)[^\s]*$/.test(value)) return true
  try {
    const url = new URL(value)
    if (url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'mailto:')
      return true
  } catch {
    // fall through
  }
  return 'Enter a full address starting with https://, a mailto: address, or a path on this site starting with /.'
}

type TargetField =
  | { type: 'relationship'; relationTo: 'pages' | 'topics' | 'authors' }
  | { type: 'select'; options: SelectField['options'] }

/**
 * The field holding a link's target of one type (named after it): shown and required only for that
 * type, then checked by Payload's own rule for the field (an existing document, one of the options).
 */
const targetField = (type: Target, field: TargetField, what: string): Field =>
  ({
    name: type,
    ...field,
    validate: requiredFor(
      type,
      `Choose the ${what} to link to.`,
      (field.type === 'select' ? select : relationship) as Validate,
    ),
    hooks: { beforeChange: [clearUnlessChosen(type)] },
    admin: { condition: shownFor(type) },
  }) as Field

export const navLinkFields = ({ labelRequired = false } = {}): Field[] => [
  {
    type: 'row',
    fields: [
      {
        name: 'type',
        label: 'Links to',
        type: 'select',
        required: true,
        defaultValue: 'page',
        options: [...LINK_TARGETS],
        admin: { width: '35%' },
      },
      {
        name: 'label',
        type: 'text',
        localized: true,
        required: labelRequired,
        maxLength: 80,
        admin: {
          width: '65%',
          description: labelRequired
            ? undefined
            : 'In each language; left empty, the title of what it links to is shown.',
        },
      },
    ],
  },
  targetField('page', { type: 'relationship', relationTo: 'pages' }, 'page'),
  targetField('topic', { type: 'relationship', relationTo: 'topics' }, 'topic'),
  targetField('kind', { type: 'select', options: ARTICLE_KINDS }, 'kind of article'),
  targetField('author', { type: 'relationship', relationTo: 'authors' }, 'author'),
  targetField('section', { type: 'select', options: [...SITE_SECTIONS] }, 'section'),
  {
    name: 'url',
    label: 'Address',
    type: 'text',
    maxLength: 500,
    validate: validateLinkUrl,
    hooks: { beforeChange: [clearUnlessChosen('url')] },
    admin: { condition: shownFor('url'), placeholder: 'https://… or /path' },
  },
]
