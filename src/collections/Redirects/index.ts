import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import type { CollectionAfterChangeHook, Field, FieldHook, Plugin } from 'payload'

import { accessOf } from '@/access'
import { withApiGuards } from '@/hooks/apiGuards'
import { revalidateAfterChange, revalidateAfterDelete } from '@/hooks/revalidateSite'
import { ADDRESSED_COLLECTIONS, parseSitePath } from '@/lib/redirects/paths'

import { checkedWithTheirFile } from './csv'
import { importCsv } from './endpoints/importCsv'
import { validateFrom, validateTargetDocument, validateTargetPath } from './validate'

/** Stores a path the way redirects keep it (src/lib/redirects/paths.ts); validate refuses the rest. */
const normalisePath: FieldHook = ({ value }) => {
  const parsed = parseSitePath(value)
  return 'path' in parsed ? parsed.path : value
}

/** An import refreshes the site once, after its last row (endpoints/importCsv.ts). */
const refreshSite: CollectionAfterChangeHook = (args) =>
  checkedWithTheirFile(args.req) ? args.doc : revalidateAfterChange(args)

/** The plugin's own `from` and `to` (a document, or a custom path), with our rules on each. */
function withRules(field: Field): Field {
  if (field.type === 'text' && !field.hasMany && field.name === 'from')
    return {
      ...field,
      hooks: { beforeValidate: [normalisePath] },
      validate: validateFrom,
      admin: {
        description:
          'The old path, such as /2019/05/old-post (a full address of this site is fine). It applies in every language: /az/… and /ru/… are redirected too.',
      },
    }
  if (field.type === 'group' && 'name' in field && field.name === 'to')
    return { ...field, fields: field.fields.map(withTargetRules) }
  return field
}

function withTargetRules(field: Field): Field {
  if (field.type === 'text' && !field.hasMany && field.name === 'url')
    return {
      ...field,
      label: 'Path on this site',
      hooks: { beforeValidate: [normalisePath] },
      validate: validateTargetPath,
      admin: {
        ...field.admin,
        description:
          'Readers get it in their own language. Prefer a document: its redirect follows it when its slug changes.',
      },
    }
  if (field.type === 'relationship' && !field.hasMany && field.name === 'reference')
    return { ...field, validate: validateTargetDocument }
  return field
}

/**
 * Payload's redirects plugin: old addresses that answer 301 with where the content is now, in the
 * reader's language (src/lib/redirects/serve.ts). The site makes them itself when a published
 * slug changes (src/hooks/redirectOldSlug.ts); editors add their own, one by one or from a CSV
 * file. Every change refreshes the public site, whose 404s and 301s are cached with its pages.
 */
export const redirects: Plugin = (config) => {
  const withRedirects = redirectsPlugin({
    collections: ADDRESSED_COLLECTIONS,
    overrides: {
      access: accessOf('redirects'),
      admin: {
        group: 'Content',
        useAsTitle: 'from',
        defaultColumns: ['from', 'to.reference', 'to.url', 'updatedAt'],
        listSearchableFields: ['from', 'to.url'],
        description:
          'Old addresses that answer 301 (moved permanently) with the new one, in every language. The site adds one when a published slug changes.',
        components: { beforeListTable: ['@/components/admin/ImportRedirects#ImportRedirects'] },
      },
      defaultSort: 'from',
      hooks: {
        afterChange: [refreshSite],
        afterDelete: [revalidateAfterDelete],
      },
      endpoints: [importCsv],
      fields: ({ defaultFields }) => defaultFields.map(withRules),
    },
  })(config)
  // The plugin adds its collection after ours were guarded in payload.config.ts: guard it too.
  return {
    ...withRedirects,
    collections: withRedirects.collections?.map((collection) =>
      collection.slug === 'redirects' ? withApiGuards(collection) : collection,
    ),
  }
}
