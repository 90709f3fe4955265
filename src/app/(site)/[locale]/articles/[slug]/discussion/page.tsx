import type { Metadata } from 'next'

import { ArticleView } from '@/components/ArticleView'
import { messagesFor } from '@/i18n/messages'
import { articleMetadata, loadArticle } from '@/components/articlePage'
import { getThread } from '@/lib/comments'
import { commentFlash, type CommentFormState } from '@/components/comments/formState'
import { readFlash } from '@/lib/forms/flash'
import { plausibleId, sameId } from '@/lib/relations'

type Props = {
  params: Promise<{ locale: string; slug: string }>
  searchParams: Promise<{ comment?: string; replyTo?: string }>
}

/**
 * /articles/<slug>?comment=… (next.config.mjs rewrites it here): the article again, rendered per
 * request, with the outcome of a comment sent without JavaScript, or the form set to reply.
 */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { ...articleMetadata(await loadArticle(params)), robots: { index: false } }
}

export default async function ArticleDiscussionPage({ params, searchParams }: Props) {
  const loaded = await loadArticle(params)
  const { comment, replyTo } = await searchParams
  const t = messagesFor(loaded.locale)
  let formState: CommentFormState = {}
  if (comment === 'held') formState = { notice: t.comment.held }
  else if (comment === 'published') formState = { notice: t.comment.published }
  else if (comment === 'error') formState = (await readFlash(commentFlash)) ?? {}
  else if (comment === 'reply' && plausibleId(replyTo)) {
    const { comments } = await getThread(loaded.article.id)
    const parent = comments.find((item) => sameId(item.id, replyTo))
    if (parent) formState = { values: { parent: replyTo }, replyToName: parent.authorName }
  }
  return <ArticleView {...loaded} formState={formState} />
}
