import { getPayloadClient } from '@/lib/payload'

import { signedRequest, signedSubscriber } from './subscriptions'

/*
 * For the signed-link pages (src/app/(site)/[locale]/newsletter): the row a link's own address
 * names. Apart from subscriptions.ts, which takes its Payload from the caller, so that loading it
 * does not load the config (the integration tests set the mail server first).
 */

/** The request a confirmation link's address (`?r=…&t=…`) names, with the Payload that found it. */
export async function linkedRequest(address: Request) {
  const params = new URL(address.url).searchParams
  const payload = await getPayloadClient()
  return { payload, request: await signedRequest(payload, params.get('r'), params.get('t')) }
}

/** The subscriber a preferences or unsubscribe link's address (`?s=…&t=…`) names, with the Payload that found it. */
export async function linkedSubscriber(address: Request) {
  const params = new URL(address.url).searchParams
  const payload = await getPayloadClient()
  return { payload, subscriber: await signedSubscriber(payload, params.get('s'), params.get('t')) }
}
