/**
 * The rules' view of the database (rules.ts): the other redirects, and which addresses a document
 * answers at now, read as the editor saving (their request, their access).
 */
import type { PayloadRequest, Where } from 'payload'

import { addressOf, documentAt, type AddressedCollection } from '@/lib/redirects/paths'
import { legOf, REDIRECT_FIELDS, TARGET_SLUGS, type RedirectLeg } from '@/lib/redirects/targets'
import type { Id } from '@/lib/relations'

import type { Leg, RedirectGraph } from './rules'

/** An existing redirect as a rule names it. */
export const asLeg = ({ from, target }: RedirectLeg): Leg => ({
  from,
  to: target ?? 'a document that is not published',
})

const SLUGS_PER_QUERY = 200

/** Which of `paths` a document answers at now: a published article or page, an author, a topic. */
export async function liveAddresses(req: PayloadRequest, paths: string[]): Promise<Set<string>> {
  const slugs = new Map<AddressedCollection, string[]>()
  for (const path of paths) {
    const at = documentAt(path)
    if (at) slugs.set(at.collection, [...(slugs.get(at.collection) ?? []), at.slug])
  }
  const live = new Set<string>()
  for (const [collection, all] of slugs) {
    const drafts = Boolean(req.payload.collections[collection].config.versions?.drafts)
    for (let start = 0; start < all.length; start += SLUGS_PER_QUERY) {
      const slug: Where = { slug: { in: all.slice(start, start + SLUGS_PER_QUERY) } }
      const { docs } = await req.payload.find({
        collection,
        // The live row: a draft saved on a published document does not change its address.
        where: drafts ? { and: [slug, { _status: { equals: 'published' } }] } : slug,
        select: { slug: true },
        depth: 0,
        pagination: false,
        overrideAccess: false,
        req,
      })
      for (const doc of docs) if (doc.slug) live.add(addressOf(collection, doc.slug))
    }
  }
  return live
}

/** For a save of the redirect `ownId` (left out of the checks), or of a new one. */
export function databaseGraph(req: PayloadRequest, ownId?: Id): RedirectGraph {
  const other = async (where: Where) => {
    const { docs } = await req.payload.find({
      collection: 'redirects',
      where: ownId === undefined ? where : { and: [where, { id: { not_equals: ownId } }] },
      limit: 1,
      depth: 1,
      select: REDIRECT_FIELDS,
      populate: TARGET_SLUGS,
      overrideAccess: false,
      req,
    })
    return docs[0] && asLeg(legOf(docs[0]))
  }
  return {
    startingAt: (path) => other({ from: { equals: path } }),
    endingAt: (path) => other({ 'to.type': { equals: 'custom' }, 'to.url': { equals: path } }),
    isLive: async (path) => (await liveAddresses(req, [path])).has(path),
  }
}
