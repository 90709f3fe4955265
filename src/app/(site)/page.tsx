import type { Metadata } from 'next'

import { getPayloadClient } from '@/lib/payload'

// Rendered per request until the public site gets its cached pages (issue #3).
export const dynamic = 'force-dynamic'

async function loadHome() {
  const payload = await getPayloadClient()
  // Acting for an anonymous reader: access rules decide what is public, not this query.
  const [settings, latest] = await Promise.all([
    payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: false }),
    payload.find({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      sort: '-publishedAt',
      limit: 10,
      depth: 1,
      overrideAccess: false,
      select: { title: true, standfirst: true, publishedAt: true, authors: true },
    }),
  ])
  return { settings, articles: latest.docs }
}

export async function generateMetadata(): Promise<Metadata> {
  const { settings } = await loadHome()
  return { title: settings.siteName, description: settings.tagline ?? undefined }
}

export default async function HomePage() {
  const { settings, articles } = await loadHome()
  return (
    <main>
      <header>
        <h1 className="site-name">{settings.siteName}</h1>
        {settings.tagline && <p className="tagline">{settings.tagline}</p>}
      </header>
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">Latest analysis</h2>
        {articles.length === 0 ? (
          <p>Nothing has been published yet.</p>
        ) : (
          <ul className="latest">
            {articles.map((article) => (
              <li key={article.id}>
                <h3>{article.title}</h3>
                <p className="article-meta">
                  {(article.authors ?? [])
                    .map((author) => (typeof author === 'object' ? author.name : null))
                    .filter(Boolean)
                    .join(', ')}
                  {article.publishedAt && (
                    <>
                      {' · '}
                      <time dateTime={article.publishedAt}>
                        {new Date(article.publishedAt).toLocaleDateString('en-GB', { dateStyle: 'long' })}
                      </time>
                    </>
                  )}
                </p>
                <p>{article.standfirst}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  )
}
