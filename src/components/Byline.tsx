import { Fragment } from 'react'

import { localePath, type Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import type { Author } from '@/payload-types'

type BylineAuthor = Pick<Author, 'id' | 'name' | 'slug'>

/** Every co-author in byline order, each linked to their page: "A, B and C". */
export function Byline({
  authors,
  locale,
}: {
  authors: (BylineAuthor | Author['id'])[] | null | undefined
  locale: Locale
}) {
  const t = messagesFor(locale)
  const people = (authors ?? []).filter(
    (author): author is BylineAuthor => typeof author === 'object' && author !== null,
  )
  return (
    <span className="byline">
      {people.map((author, index) => (
        <Fragment key={author.id}>
          {index > 0 && (index === people.length - 1 ? ` ${t.and} ` : ', ')}
          {author.slug ? (
            <a href={localePath(locale, `/authors/${author.slug}`)}>{author.name}</a>
          ) : (
            author.name
          )}
        </Fragment>
      ))}
    </span>
  )
}
