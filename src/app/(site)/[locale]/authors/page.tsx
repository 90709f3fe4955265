import type { Metadata } from 'next'

import { MediaImage } from '@/components/MediaImage'
import { SiteFrame } from '@/components/SiteFrame'
import { TopicLinks } from '@/components/TopicLinks'
import { localePath } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { localeOf, pageMetadata } from '@/lib/pageMetadata'
import { listAuthors } from '@/lib/queries'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const t = messagesFor(locale)
  return pageMetadata({ locale, path: '/authors', title: t.ourAuthors, description: t.authorsLead })
}

export default async function AuthorsPage({ params }: Props) {
  const locale = await localeOf(params)
  const t = messagesFor(locale)
  const authors = await listAuthors(locale)
  return (
    <SiteFrame locale={locale} path="/authors">
      <h1>{t.ourAuthors}</h1>
      <p className="lead">{t.authorsLead}</p>
      <ul className="people">
        {authors.map((author) => (
          <li key={author.id} className="person">
            {typeof author.photo === 'object' && author.photo && (
              <MediaImage media={author.photo} sizes="96px" className="person__photo" />
            )}
            <div>
              <h2 className="person__name">
                <a href={localePath(locale, `/authors/${author.slug}`)}>{author.name}</a>
              </h2>
              {author.headline && <p className="person__headline">{author.headline}</p>}
              <TopicLinks topics={author.expertise} locale={locale} />
            </div>
          </li>
        ))}
      </ul>
    </SiteFrame>
  )
}
