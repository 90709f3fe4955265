import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import { liveSlugBefore } from '@/hooks/revalidateSite'
import { addressOf, isAddressedCollection, type AddressedCollection } from '@/lib/redirects/paths'
import type { Id } from '@/lib/relations'

/**
 * Redirects the site makes and removes by itself, for articles, pages, authors and topics.
 *
 * They run with full access (overrideAccess): an address moves for every reader whoever moved it,
 * and the people who move one may not write redirects themselves (an intern renaming their own
 * author profile). They share the change's request, so its transaction.
 */

type Target = { relationTo: AddressedCollection; value: Id }

/**
 * The old address leads to the document itself, not to its new path, so a later change of slug
 * needs no second redirect and makes no chain. Redirects that led to the old address by path
 * are turned to the document too, for the same reason.
 */
async function redirectOldAddress(req: PayloadRequest, from: string, target: Target) {
  const to = { type: 'reference' as const, reference: target, url: null }
  await req.payload.update({
    collection: 'redirects',
    where: { 'to.type': { equals: 'custom' }, 'to.url': { equals: from } },
    data: { to },
    overrideAccess: true,
    req,
  })
  await req.payload.create({
    collection: 'redirects',
    data: { from, to },
    overrideAccess: true,
    req,
  })
}

/**
 * After a save: when the document's live address changed, its old address answers 301 with the
 * new one. Articles and pages have drafts, and only their live slug counts: a draft changes no
 * address, publishing it does (the slug live before comes from rememberWhetherLive, which must
 * run in the collection's beforeChange). A redirect from the address the document now takes is
 * removed, since it would hide it.
 */
export const redirectOldSlug: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (!isAddressedCollection(collection.slug) || typeof doc.slug !== 'string') return doc
  const drafts = Boolean(collection.versions?.drafts)
  if (drafts && doc._status !== 'published') return doc
  const before: unknown =
    operation === 'create'
      ? undefined
      : drafts
        ? liveSlugBefore(req, collection.slug, doc.id)
        : previousDoc?.slug
  if (before === doc.slug) return doc
  await req.payload.delete({
    collection: 'redirects',
    where: { from: { equals: addressOf(collection.slug, doc.slug) } },
    overrideAccess: true,
    req,
  })
  if (typeof before === 'string' && before)
    await redirectOldAddress(req, addressOf(collection.slug, before), {
      relationTo: collection.slug,
      value: doc.id,
    })
  return doc
}

/**
 * Before a document is deleted, the redirects that lead to it go too: its old addresses then
 * answer 404 like any address of deleted content (a SQL database would otherwise keep them,
 * leading nowhere, with their reference cut).
 */
export const dropRedirectsTo: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  if (!isAddressedCollection(collection.slug)) return
  await req.payload.delete({
    collection: 'redirects',
    where: {
      'to.type': { equals: 'reference' },
      'to.reference.relationTo': { equals: collection.slug },
      'to.reference.value': { equals: id },
    },
    overrideAccess: true,
    req,
  })
}
