import type { Where } from 'payload'

import type { Subscriber } from '@/payload-types'
import { idOf, sameId, type Id } from '@/lib/relations'

type Relations = (Id | { id: Id })[] | null | undefined

const ids = (relations: Relations) => (relations ?? []).map(idOf)

/** What an article (or a digest's article) is filed under, for matching subscribers' choices. */
export type Filed = { topics?: Relations; authors?: Relations }

/** Who gets an article as it is published: everyone on "every publication" who chose it. */
export function articleRecipients(article: Filed): Where {
  const topics = ids(article.topics)
  const authors = ids(article.authors)
  return {
    and: [
      { frequency: { equals: 'each' } },
      {
        or: [
          { scope: { equals: 'all' } },
          ...(topics.length ? [{ topics: { in: topics } }] : []),
          ...(authors.length ? [{ authors: { in: authors } }] : []),
        ],
      },
    ],
  }
}

/** Who gets the weekly digest; each gets the week's articles they chose (`chose`), if any. */
export const digestRecipients: Where = { frequency: { equals: 'weekly' } }

const overlaps = (chosen: Relations, filed: Relations) =>
  ids(chosen).some((id) => ids(filed).some((other) => sameId(id, other)))

export const chose = (
  subscriber: Pick<Subscriber, 'scope' | 'topics' | 'authors'>,
  article: Filed,
) =>
  subscriber.scope === 'all' ||
  overlaps(subscriber.topics, article.topics) ||
  overlaps(subscriber.authors, article.authors)
