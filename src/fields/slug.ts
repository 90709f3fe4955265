import type { CollectionSlug, PayloadRequest, TextField, TextFieldSingleValidation } from 'payload'
import slugifyText from 'slugify'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Transliterates Azerbaijani and Russian letters, so "Şəki" becomes "seki" rather than "ki". */
export function slugify(text: string): string {
  return slugifyText(text, { lower: true, strict: true, trim: true })
    .slice(0, 120)
    .replace(/-+$/, '')
}

const validateSlug: TextFieldSingleValidation = (value) => {
  if (!value) return 'A slug is required: fill in the title or name, or type one.'
  return (
    SLUG_PATTERN.test(value) ||
    'Use lower-case letters, digits and single hyphens only (for example "south-caucasus").'
  )
}

/**
 * A generated slug that no other document has: "energy-corridors", else "energy-corridors-2", and
 * so on, so two articles with the same title (a converted submission, a yearly report) both save.
 */
async function freeSlug(
  req: PayloadRequest,
  collection: CollectionSlug,
  base: string,
  ownId: unknown,
  reserved: readonly string[],
): Promise<string> {
  for (let suffix = 1; ; suffix++) {
    const candidate = suffix === 1 ? base : `${base.slice(0, 115)}-${suffix}`
    if (reserved.includes(candidate)) continue
    const taken = await req.payload.count({
      collection,
      where:
        ownId === undefined
          ? { slug: { equals: candidate } }
          : { slug: { equals: candidate }, id: { not_equals: ownId } },
      req,
    })
    if (!taken.totalDocs) return candidate
  }
}

/**
 * One URL-safe, unique slug per document, shared by every language. It is generated from the
 * source field only while empty, so editing a title (or translating it) never breaks a live URL;
 * editors can still change it by hand (and a slug typed by hand must itself be unique).
 */
export function slugField(
  source: string,
  { reserved = [] }: { reserved?: readonly string[] } = {},
): TextField {
  const validate: TextFieldSingleValidation = (value, options) =>
    typeof value === 'string' && reserved.includes(value)
      ? `"${value}" is the address of a part of the site; choose another slug.`
      : validateSlug(value, options)
  return {
    name: 'slug',
    type: 'text',
    // Not `required` in the schema because a hook fills it in; validateSlug still refuses an empty one.
    unique: true,
    index: true,
    maxLength: 120,
    validate,
    admin: {
      position: 'sidebar',
      description: 'Part of the page address. Filled in from the title when left empty.',
    },
    hooks: {
      beforeValidate: [
        async ({ value, data, originalDoc, collection, req }) => {
          if (typeof value === 'string' && value.trim()) return slugify(value)
          // A partial update that does not mention the slug keeps the stored one.
          if (value === undefined && originalDoc?.slug) return value
          const sourceValue = data?.[source]
          if (typeof sourceValue !== 'string' || !slugify(sourceValue)) return value
          return collection
            ? freeSlug(req, collection.slug, slugify(sourceValue), originalDoc?.id, reserved)
            : slugify(sourceValue)
        },
      ],
    },
  }
}
