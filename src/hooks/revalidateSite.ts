import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { revalidateSite } from '@/lib/revalidate'

/** For collections whose every document is public (authors, topics, media). */
export const revalidateAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await revalidateSite(req)
  return doc
}

export const revalidateAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await revalidateSite(req)
  return doc
}

export const revalidateGlobalAfterChange: GlobalAfterChangeHook = async ({ doc, req }) => {
  await revalidateSite(req)
  return doc
}

/** The live document (the collection's own row, not its latest version), if it is published. */
async function liveRow(req: PayloadRequest, collection: CollectionSlug, id: unknown) {
  const row = await req.payload.db.findOne<{
    id: number | string
    _status?: string
    slug?: string
  }>({ collection, where: { id: { equals: id } }, req })
  return row?._status === 'published' ? row : undefined
}

const isLive = async (req: PayloadRequest, collection: CollectionSlug, id: unknown) =>
  (await liveRow(req, collection, id)) !== undefined

const liveKey = (collection: CollectionSlug, id: unknown) => `live:${collection}:${String(id)}`

/** What rememberWhetherLive keeps: the live document's slug, or null when it was not live. */
type LiveBefore = { slug?: string } | null

/**
 * Before a save of a document with drafts: whether it was live, and at which slug. Payload hands
 * the hooks the latest version as `previousDoc`, which is a draft as soon as one was saved after
 * publishing, so it cannot tell that an unpublish takes a live page away, nor the live slug.
 */
export const rememberWhetherLive: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update' && originalDoc?.id !== undefined) {
    const live = await liveRow(req, collection.slug, originalDoc.id)
    req.context[liveKey(collection.slug, originalDoc.id)] = live ? { slug: live.slug } : null
  }
  return data
}

const liveBefore = (req: PayloadRequest, collection: CollectionSlug, id: unknown) =>
  req.context[liveKey(collection, id)] as LiveBefore | undefined

/** Whether the document was live before this save (known to hooks after rememberWhetherLive). */
export const wasLiveBefore = (req: PayloadRequest, collection: CollectionSlug, id: unknown) =>
  Boolean(liveBefore(req, collection, id))

/** The slug the document was live at before this save, if it was (after rememberWhetherLive). */
export const liveSlugBefore = (req: PayloadRequest, collection: CollectionSlug, id: unknown) =>
  liveBefore(req, collection, id)?.slug

/**
 * For collections with drafts (articles, pages), with rememberWhetherLive before the change.
 * Drafts and autosaves are invisible to readers, so they leave the cache alone; publishing, editing
 * a live document and unpublishing (it was live and is not any more) refresh it.
 */
export const revalidatePublishedAfterChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  req,
}) => {
  const wasLive = wasLiveBefore(req, collection.slug, doc.id)
  if (doc._status === 'published' || (wasLive && !(await isLive(req, collection.slug, doc.id))))
    await revalidateSite(req)
  return doc
}

export const revalidatePublishedAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (doc._status === 'published') await revalidateSite(req)
  return doc
}
