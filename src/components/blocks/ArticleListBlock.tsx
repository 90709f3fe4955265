import { ArticleCard } from '@/components/ArticleCard'
import { localePath, type Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { listArticles } from '@/lib/queries'
import { idOf } from '@/lib/relations'
import type { ArticleListBlock as Block } from '@/payload-types'
import type { Where } from 'payload'

/** The articles the editor chose: the newest N of a topic, a kind or an author (or all of them). */
function filterOf(block: Block): Where[] {
  const filters: Where[] = []
  if (block.topic) filters.push({ topics: { in: [idOf(block.topic)] } })
  if (block.kind) filters.push({ kind: { equals: block.kind } })
  if (block.author) filters.push({ authors: { in: [idOf(block.author)] } })
  return filters
}

/** Where the reader finds the rest of them: the topic's, the author's or the kind's own list. */
function moreOf(block: Block): string {
  if (block.topic && typeof block.topic === 'object') return `/topics/${block.topic.slug}`
  if (block.author && typeof block.author === 'object') return `/authors/${block.author.slug}`
  return block.kind ? `/articles?kind=${block.kind}` : '/articles'
}

export async function ArticleListBlock({ block, locale }: { block: Block; locale: Locale }) {
  const filters = filterOf(block)
  const { docs, totalDocs } = await listArticles(locale, {
    limit: block.limit,
    where: filters.length > 0 ? { and: filters } : undefined,
  })
  if (docs.length === 0) return null
  return (
    <section className="block block-articles">
      {block.heading && <h2 className="section-heading">{block.heading}</h2>}
      <div className="card-list">
        {docs.map((article) => (
          <ArticleCard key={article.id} article={article} locale={locale} />
        ))}
      </div>
      {totalDocs > docs.length && (
        <p>
          <a className="more-link" href={localePath(locale, moreOf(block))}>
            {messagesFor(locale).blocks.more} →
          </a>
        </p>
      )}
    </section>
  )
}
