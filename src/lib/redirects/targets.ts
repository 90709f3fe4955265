/**
 * Where redirects lead, read through Payload's Local API with the caller's access: the site reads
 * as an anonymous reader (so a redirect to an unpublished document leads nowhere), an import as
 * the editor importing.
 */
import type { Payload, PayloadRequest } from 'payload'

import type { Redirect } from '@/payload-types'

import { ADDRESSED_COLLECTIONS, addressOf, type AddressedCollection } from './paths'

/** Documents a redirect points at come with their slug only. */
export const TARGET_SLUGS = Object.fromEntries(
  ADDRESSED_COLLECTIONS.map((name) => [name, { slug: true }]),
) as { [C in AddressedCollection]: { slug: true } }

export const REDIRECT_FIELDS = { from: true, to: true } as const

/** The path a redirect leads to: its own path, or its document's address (when the reader may see it). */
export function targetPath(to: Redirect['to']): string | undefined {
  if (to?.type === 'custom') return to.url ?? undefined
  const reference = to?.reference
  const value = reference?.value
  return value && typeof value === 'object' && value.slug
    ? addressOf(reference.relationTo, value.slug)
    : undefined
}

/** A redirect as the rules and the site's look-up see it; `byPath` when it leads to a path, not a document. */
export type RedirectLeg = { from: string; target: string | undefined; byPath: boolean }

export const legOf = (redirect: Pick<Redirect, 'from' | 'to'>): RedirectLeg => ({
  from: redirect.from,
  target: targetPath(redirect.to),
  byPath: redirect.to?.type === 'custom',
})

/** Every redirect, as `req`'s user (anonymous without one) may see where it leads. */
export async function loadRedirects(
  payload: Payload,
  req?: PayloadRequest,
): Promise<RedirectLeg[]> {
  const { docs } = await payload.find({
    collection: 'redirects',
    depth: 1,
    pagination: false,
    select: REDIRECT_FIELDS,
    populate: TARGET_SLUGS,
    overrideAccess: false,
    req,
  })
  return docs.map(legOf)
}
