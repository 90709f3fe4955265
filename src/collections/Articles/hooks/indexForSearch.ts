import type { CollectionBeforeChangeHook } from 'payload'

import { lexicalToPlainText } from '@/lib/lexicalText'
import { idOf } from '@/lib/relations'
import type { Article } from '@/payload-types'

/**
 * Keeps `searchText`: the article's title, standfirst, authors and body as lower-case plain text
 * in the language being saved. Search queries it with Payload's `like`, which every database
 * engine supports, instead of matching inside the body's JSON.
 */
export const indexForSearch: CollectionBeforeChangeHook<Article> = async ({
  data,
  originalDoc,
  req,
}) => {
  const merged = { ...originalDoc, ...data }
  const authorIds = (merged.authors ?? []).map(idOf).filter(Boolean)
  const authors = authorIds.length
    ? await req.payload.find({
        collection: 'authors',
        where: { id: { in: authorIds } },
        depth: 0,
        limit: authorIds.length,
        select: { name: true },
        overrideAccess: false,
        req,
      })
    : { docs: [] }
  const parts = [
    merged.title,
    merged.standfirst,
    ...authors.docs.map((author) => author.name),
    lexicalToPlainText(merged.body),
  ]
  return { ...data, searchText: parts.filter(Boolean).join('\n').toLocaleLowerCase() }
}
