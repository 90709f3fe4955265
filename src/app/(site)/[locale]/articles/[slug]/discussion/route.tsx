import { ArticleView } from '@/components/ArticleView'
import { articleMetadata, loadArticle } from '@/components/articlePage'
import { commentFlash, type CommentFormState } from '@/components/comments/formState'
import { readingPage } from '@/components/page/readingPage'
import { messagesFor } from '@/i18n/messages'
import { getThread } from '@/lib/comments'
import { readFlash } from '@/lib/forms/flash'
import { plausibleId, sameId } from '@/lib/relations'

/** Rendered per request: it shows the reader's own form values and messages (a short-lived cookie). */
export const dynamic = 'force-dynamic'

/**
 * /articles/<slug>?comment=… (next.config.mjs rewrites it here): the article again, with the
 * outcome of a comment sent without JavaScript, or the form set to reply.
 */
export const GET = readingPage<{ slug: string }>(async (locale, { slug }, request) => {
  const loaded = await loadArticle(locale, slug)
  if (!loaded) return null
  const query = new URL(request.url).searchParams
  const comment = query.get('comment')
  const replyTo = query.get('replyTo') ?? undefined
  const t = messagesFor(locale)
  let formState: CommentFormState = {}
  if (comment === 'held') formState = { notice: t.comment.held }
  else if (comment === 'published') formState = { notice: t.comment.published }
  else if (comment === 'error') formState = (await readFlash(commentFlash)) ?? {}
  else if (comment === 'reply' && plausibleId(replyTo)) {
    const { comments } = await getThread(loaded.article.id)
    const parent = comments.find((item) => sameId(item.id, replyTo))
    if (parent) formState = { values: { parent: replyTo }, replyToName: parent.authorName }
  }
  return {
    head: { ...articleMetadata(loaded), noindex: true },
    body: <ArticleView {...loaded} formState={formState} />,
    script: true,
  }
})
