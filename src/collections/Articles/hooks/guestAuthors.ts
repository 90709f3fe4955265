import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
} from 'payload'

import { idOf, type Id } from '@/lib/relations'
import type { Article } from '@/payload-types'

const liveAuthorsKey = (id: unknown) => `liveAuthors:${String(id)}`

const authorIds = (authors: Article['authors'] | null | undefined): Id[] =>
  (authors ?? []).map(idOf)

/**
 * Before a save: the authors of the live article, if it is live. Payload's `previousDoc` is the latest version,
 * so after a draft that changed the authors it no longer names the ones a publish takes off.
 */
export const rememberLiveAuthors: CollectionBeforeChangeHook<Article> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update' && originalDoc?.id !== undefined) {
    const live = await req.payload.db.findOne<Article>({
      collection: 'articles',
      where: { id: { equals: originalDoc.id } },
      req,
    })
    if (live?._status === 'published')
      req.context[liveAuthorsKey(originalDoc.id)] = authorIds(live.authors)
  }
  return data
}

/**
 * Sets `hasPublishedArticle` on these authors to whether a live article names them, where it
 * changed; the authors' own hooks then update the search index and the site.
 */
async function stampAuthors(req: PayloadRequest, ids: Id[]): Promise<void> {
  const candidates = [...new Set(ids.map(String))]
  if (!candidates.length) return
  const { docs: live } = await req.payload.find({
    collection: 'articles',
    where: { and: [{ authors: { in: candidates } }, { _status: { equals: 'published' } }] },
    draft: false,
    depth: 0,
    pagination: false,
    select: { authors: true },
    overrideAccess: false,
    req,
  })
  const published = new Set(live.flatMap((article) => authorIds(article.authors).map(String)))
  const { docs: authors } = await req.payload.find({
    collection: 'authors',
    where: { id: { in: candidates } },
    depth: 0,
    pagination: false,
    select: { hasPublishedArticle: true },
    overrideAccess: false,
    req,
  })
  for (const author of authors) {
    const has = published.has(String(author.id))
    if (Boolean(author.hasPublishedArticle) === has) continue
    // A stamp nobody may set through the API (a system field): only this hook writes it.
    await req.payload.update({
      collection: 'authors',
      id: author.id,
      data: { hasPublishedArticle: has },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
}

/** Publishing, unpublishing or changing the authors of a live article: its authors' stamps follow. */
export const stampAuthorsAfterChange: CollectionAfterChangeHook<Article> = async ({
  doc,
  previousDoc,
  req,
}) => {
  const before = req.context[liveAuthorsKey(doc.id)] as Id[] | undefined
  // A draft of an article that was never live changes nothing readers see.
  if (doc._status !== 'published' && !before) return doc
  await stampAuthors(req, [
    ...authorIds(doc.authors),
    ...authorIds(previousDoc?.authors),
    ...(before ?? []),
  ])
  return doc
}

export const stampAuthorsAfterDelete: CollectionAfterDeleteHook<Article> = async ({ doc, req }) => {
  if (doc._status === 'published') await stampAuthors(req, authorIds(doc.authors))
  return doc
}
