import { MediaImage } from '@/components/MediaImage'
import { SiteFrame } from '@/components/SiteFrame'
import { TopicLinks } from '@/components/TopicLinks'
import { localePath } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { readingPage } from '@/components/page/readingPage'
import { pageMetadata } from '@/lib/pageMetadata'
import { listAuthors } from '@/lib/queries'

/** Rendered on the first visit, then served from the page cache until content changes (src/lib/revalidate.ts). */
export const dynamic = 'force-static'
export const generateStaticParams = () => []

export const GET = readingPage(async (locale) => {
  const t = messagesFor(locale)
  const authors = await listAuthors(locale)
  const head = pageMetadata({
    locale,
    path: '/authors',
    title: t.ourAuthors,
    description: t.authorsLead,
  })
  const body = (
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
  return { head, body }
})
