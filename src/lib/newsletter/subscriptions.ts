import type { Payload } from 'payload'

import type { Subscriber, SubscriptionRequest } from '@/payload-types'
import { idOf, plausibleId } from '@/lib/relations'

import { isConfirmToken, isSubscriberToken } from './links'

/** How long a confirmation link works; an unconfirmed request is erased after this. */
export const REQUEST_HOURS = 48

/*
 * What the newsletter's signed links do (src/app/(site)/newsletter). A link is the reader's only
 * credential (they have no account), and its HMAC proves it came from our own mail to that
 * address, so these are system actions, made with full access on the reader's behalf.
 */

const expired = (request: SubscriptionRequest, now: number) =>
  Date.parse(request.createdAt) + REQUEST_HOURS * 3_600_000 < now

/** The request a confirmation link names, or null for a forged, broken or expired link. */
export async function signedRequest(
  payload: Payload,
  id: string | null,
  token: string | null,
  now = Date.now(),
): Promise<SubscriptionRequest | null> {
  if (!plausibleId(id)) return null
  const request = await payload
    .findByID({
      collection: 'subscription-requests',
      id,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
    })
    .catch(() => null)
  if (!request || !isConfirmToken(request, token, payload.secret) || expired(request, now))
    return null
  return request
}

/** The subscriber a preferences or unsubscribe link names, or null for a forged or void one. */
export async function signedSubscriber(
  payload: Payload,
  id: string | null,
  token: string | null,
): Promise<Subscriber | null> {
  if (!plausibleId(id)) return null
  const subscriber = await payload
    .findByID({
      collection: 'subscribers',
      id,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
    })
    .catch(() => null)
  return subscriber && isSubscriberToken(subscriber, token, payload.secret) ? subscriber : null
}

const subscriberByEmail = async (payload: Payload, email: string) =>
  (
    await payload.find({
      collection: 'subscribers',
      where: { email: { equals: email } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]

/**
 * Confirms a request: the address's subscription becomes what the request asked for (a new one,
 * or new choices for one that exists), with the request's proof of consent, and every request for
 * that address is used up. Two confirmations racing meet at the unique address: the loser updates.
 */
export async function confirm(payload: Payload, request: SubscriptionRequest): Promise<Subscriber> {
  const data = {
    email: request.email,
    name: request.name,
    locale: request.locale,
    frequency: request.frequency,
    scope: request.scope,
    topics: (request.topics ?? []).map(idOf),
    authors: (request.authors ?? []).map(idOf),
    consent: {
      requestedAt: request.createdAt,
      confirmedAt: new Date().toISOString(),
      text: request.consentText,
      ipHash: request.ipHash,
    },
  }
  const save = async () => {
    const existing = await subscriberByEmail(payload, request.email)
    return existing
      ? payload.update({
          collection: 'subscribers',
          id: existing.id,
          data,
          depth: 0,
          overrideAccess: true,
        })
      : payload.create({ collection: 'subscribers', data, depth: 0, overrideAccess: true })
  }
  const subscriber = await save().catch(save)
  await payload.delete({
    collection: 'subscription-requests',
    where: { email: { equals: request.email } },
    overrideAccess: true,
  })
  return subscriber
}

/** What a reader may change from their preferences page; Payload validates it as on any path. */
export type Preferences = Pick<Subscriber, 'name' | 'locale' | 'frequency' | 'scope'> & {
  topics: (number | string)[]
  authors: (number | string)[]
}

export const savePreferences = (
  payload: Payload,
  subscriber: Subscriber,
  preferences: Preferences,
) =>
  payload.update({
    collection: 'subscribers',
    id: subscriber.id,
    data: preferences as never,
    depth: 0,
    overrideAccess: true,
  })

/** Unsubscribing erases the subscriber: out of every list at once (Subscribers/hooks/eraseTraces). */
export const unsubscribe = (payload: Payload, subscriber: Subscriber) =>
  payload.delete({ collection: 'subscribers', id: subscriber.id, overrideAccess: true })

/** Erases requests nobody confirmed in time (run hourly by the jobs runner's housekeeping). */
export async function expireRequests(payload: Payload, now = Date.now()): Promise<void> {
  await payload.delete({
    collection: 'subscription-requests',
    where: {
      createdAt: { less_than: new Date(now - REQUEST_HOURS * 3_600_000).toISOString() },
    },
    overrideAccess: true,
  })
}
