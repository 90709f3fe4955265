import type { Payload } from 'payload'

import { FREQUENCIES, SUBSCRIPTION_LIMITS, type Frequency } from '@/fields/subscription'
import type { FormFields } from '@/lib/forms/fields'
import { plausibleId } from '@/lib/relations'

export type Scope = 'all' | 'chosen'

/** What a reader chose in the subscribe or preferences form, with the ids as the engine stores them. */
export type Choices = {
  frequency: Frequency
  scope: Scope
  topics: (number | string)[]
  authors: (number | string)[]
  /** As the form sent them (text), for showing the form again. */
  sent: { frequency: string; scope: string; topics: string[]; authors: string[] }
}

const ids = (fields: FormFields, name: string) =>
  [...new Set(fields.all(name).filter(plausibleId))].slice(0, SUBSCRIPTION_LIMITS.choices)

/**
 * The topics and authors among `sent` that a reader can see; an id the engine cannot parse, or
 * one of a document that is not public, is left out. A relationship must be given ids as the
 * engine stores them (numbers on SQLite), so they are taken from the documents found.
 */
async function visible(payload: Payload, collection: 'topics' | 'authors', sent: string[]) {
  if (!sent.length) return []
  const { docs } = await payload
    .find({
      collection,
      where: { id: { in: sent } },
      limit: SUBSCRIPTION_LIMITS.choices,
      depth: 0,
      select: {},
      overrideAccess: false,
    })
    .catch(() => ({ docs: [] as { id: number | string }[] }))
  return docs.map((doc) => doc.id)
}

/** The form's `frequency`, `scope`, `topics` and `authors`; anything unknown reads as the default. */
export async function readChoices(fields: FormFields, payload: Payload): Promise<Choices> {
  const sent = {
    frequency: fields.raw('frequency'),
    scope: fields.raw('scope'),
    topics: ids(fields, 'topics'),
    authors: ids(fields, 'authors'),
  }
  const [topics, authors] = await Promise.all([
    visible(payload, 'topics', sent.topics),
    visible(payload, 'authors', sent.authors),
  ])
  return {
    frequency: (FREQUENCIES as readonly string[]).includes(sent.frequency)
      ? (sent.frequency as Frequency)
      : 'each',
    scope: sent.scope === 'chosen' ? 'chosen' : 'all',
    topics,
    authors,
    sent,
  }
}

/** "Only what I choose" with nothing chosen would never send anything. */
export const choseNothing = ({ scope, topics, authors }: Choices) =>
  scope === 'chosen' && topics.length === 0 && authors.length === 0

/** What is stored: the chosen topics and authors only when the reader asked for chosen ones. */
export const storedChoices = (choices: Choices) => ({
  frequency: choices.frequency,
  scope: choices.scope,
  topics: choices.scope === 'chosen' ? choices.topics : [],
  authors: choices.scope === 'chosen' ? choices.authors : [],
})
