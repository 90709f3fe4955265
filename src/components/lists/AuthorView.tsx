import { ArticleList } from '@/components/ArticleList'
import { FollowLinks } from '@/components/FollowLinks'
import { NewsletterSignup, offerOf } from '@/components/newsletter/NewsletterSignup'
import { JsonLd } from '@/components/JsonLd'
import { MediaImage } from '@/components/MediaImage'
import { RichText } from '@/components/RichText'
import { SiteFrame } from '@/components/SiteFrame'
import { TopicLinks } from '@/components/TopicLinks'
import { localePath, type Locale } from '@/i18n/config'
import { absoluteUrl } from '@/lib/config/site'
import { messagesFor } from '@/i18n/messages'
import { pageMetadata, type PageHead } from '@/lib/pageMetadata'
import type { PageContent } from '@/components/page/readingPage'
import { lexicalToPlainText, summary } from '@/lib/lexicalText'
import { getAuthor, getSettings, listArticles } from '@/lib/queries'

import { authorsPath } from './PeopleView'

type Author = NonNullable<Awaited<ReturnType<typeof getAuthor>>>

const organization = (name: string) => ({ '@type': 'Organization', name })

/** Staff work for the think tank; a guest author for their own organisation, if they named one. */
const worksFor = (author: Author, siteName: string) =>
  author.guest
    ? author.affiliation
      ? organization(author.affiliation)
      : undefined
    : organization(siteName)

function authorMetadata(locale: Locale, author: Author): PageHead {
  const slug = author.slug
  const photo = typeof author.photo === 'object' ? author.photo : null
  return pageMetadata({
    locale,
    path: `/authors/${slug}`,
    title: author.name,
    description: author.headline || summary(lexicalToPlainText(author.bio), 200),
    type: 'profile',
    image: photo?.url
      ? { url: photo.url, width: photo.width, height: photo.height, alt: photo.alt }
      : null,
  })
}

/** `/authors/[slug]` (and `?page=`): the profile with a page of the author's articles, or null for a 404. */
export async function authorPage(
  locale: Locale,
  slug: string,
  page: number,
): Promise<PageContent | null> {
  const author = await getAuthor(locale, slug)
  if (!author) return null
  return {
    head: authorMetadata(locale, author),
    body: <AuthorView locale={locale} author={author} page={page} />,
  }
}

async function AuthorView({
  locale,
  author,
  page,
}: {
  locale: Locale
  author: Author
  page: number
}) {
  const slug = author.slug
  const t = messagesFor(locale)
  const [articles, settings] = await Promise.all([
    listArticles(locale, { page, where: { authors: { in: [author.id] } } }),
    getSettings(locale),
  ])
  const path = `/authors/${slug}`
  const team = typeof author.team === 'object' ? author.team : null
  // Journalists write to the author's press contact, else to the think tank's own address.
  const pressEmail = author.mediaEnquiries ? author.pressContact || settings.contactEmail : null

  return (
    <SiteFrame locale={locale} path={path}>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Person',
          name: author.name,
          url: absoluteUrl(locale, path),
          description: author.headline ?? undefined,
          affiliation: author.affiliation ? organization(author.affiliation) : undefined,
          worksFor: worksFor(author, settings.siteName),
          sameAs: (author.links ?? []).map((link) => link.url),
        }}
      />
      <header className="profile">
        {typeof author.photo === 'object' && author.photo && (
          <MediaImage media={author.photo} sizes="160px" className="profile__photo" priority />
        )}
        <div>
          <h1>{author.name}</h1>
          {author.headline && <p className="lead">{author.headline}</p>}
          {author.affiliation && <p className="meta">{author.affiliation}</p>}
          {team && (
            <p className="meta">
              {t.people.team}:{' '}
              <a href={localePath(locale, authorsPath({ team: team.slug ?? undefined }))}>
                {team.name}
              </a>
            </p>
          )}
        </div>
      </header>
      <RichText data={author.bio} className="prose" />
      {pressEmail && (
        <aside className="media-enquiries" aria-labelledby="media-enquiries-heading">
          <h2 id="media-enquiries-heading" className="media-enquiries__heading">
            {t.people.mediaEnquiries}
          </h2>
          <p>
            {t.people.mediaEnquiriesText} <a href={`mailto:${pressEmail}`}>{pressEmail}</a>
          </p>
        </aside>
      )}
      {author.expertise && author.expertise.length > 0 && (
        <section aria-labelledby="expertise-heading">
          <h2 id="expertise-heading" className="section-heading">
            {t.expertise}
          </h2>
          <TopicLinks topics={author.expertise} locale={locale} />
        </section>
      )}
      {author.links && author.links.length > 0 && (
        <section aria-labelledby="links-heading">
          <h2 id="links-heading" className="section-heading">
            {t.profileLinks}
          </h2>
          <FollowLinks links={author.links} locale={locale} labelled />
        </section>
      )}
      <section aria-labelledby="author-articles-heading">
        <h2 id="author-articles-heading" className="section-heading">
          {t.articlesBy(author.name)}{' '}
          <a className="feed-link" href={localePath(locale, `${path}/feed.xml`)}>
            {t.rssFeed}
          </a>
        </h2>
        <ArticleList locale={locale} result={articles} basePath={localePath(locale, path)} />
      </section>
      <NewsletterSignup
        locale={locale}
        offered={offerOf([], [author])}
        follow={{ kind: 'authors', id: author.id, name: author.name }}
      />
    </SiteFrame>
  )
}
