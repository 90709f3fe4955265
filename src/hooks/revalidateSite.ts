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

/** Whether the live document (the collection's own row, not its latest version) is published. */
async function isLive(req: PayloadRequest, collection: CollectionSlug, id: unknown) {
  const live = await req.payload.db.findOne<{ id: number | string; _status?: string }>({
    collection,
    where: { id: { equals: id } },
    req,
  })
  return live?._status === 'published'
}

const liveKey = (collection: CollectionSlug, id: unknown) => `live:${collection}:${String(id)}`

/**
 * Before a save of a document with drafts: whether it was live. Payload hands the hooks the latest
 * version as `previousDoc`, which is a draft as soon as one was saved after publishing, so it
 * cannot tell that an unpublish takes a live page away.
 */
export const rememberWhetherLive: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update' && originalDoc?.id !== undefined)
    req.context[liveKey(collection.slug, originalDoc.id)] = await isLive(
      req,
      collection.slug,
      originalDoc.id,
    )
  return data
}

/**
 * For collections with drafts (articles, pages), with rememberWhetherLive before the change.
 * Drafts and autosaves are invisible to readers, so they leave the cache alone; publishing, editing
 * a live document and unpublishing (it was live and is not any more) refresh it.
 */
/** Whether the document was live before this save (known to hooks after rememberWhetherLive). */
export const wasLiveBefore = (req: PayloadRequest, collection: CollectionSlug, id: unknown) =>
  req.context[liveKey(collection, id)] === true

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
