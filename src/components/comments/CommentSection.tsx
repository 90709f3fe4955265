import { localePath, type Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { getThread } from '@/lib/comments'
import type { CommentFormState } from '@/components/comments/formState'
import { getPayloadClient } from '@/lib/payload'
import { formToken } from '@/lib/signedToken'
import type { Article } from '@/payload-types'

import { CommentForm } from './CommentForm'
import { CommentThread } from './CommentThread'

/** Below the article: the approved discussion and, while comments are open, the form. */
export async function CommentSection({
  locale,
  siteName,
  article,
  formState,
}: {
  locale: Locale
  siteName: string
  article: Pick<Article, 'id' | 'slug' | 'commentsEnabled'>
  /** What the no-JavaScript round trip brings back: a notice, or errors with the entered values. */
  formState?: CommentFormState
}) {
  const t = messagesFor(locale)
  const [{ comments, count }, payload] = await Promise.all([
    getThread(article.id),
    getPayloadClient(),
  ])
  const open = article.commentsEnabled !== false
  const articlePath = localePath(locale, `/articles/${article.slug}`)
  return (
    <section id="comments" className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">
        {t.comments} <span className="comments__count">({t.comment.count(count)})</span>
      </h2>
      <CommentThread
        comments={comments}
        locale={locale}
        siteName={siteName}
        replyHrefFor={
          open
            ? (id) =>
                `${articlePath}?comment=reply&replyTo=${encodeURIComponent(String(id))}#respond`
            : undefined
        }
      />
      {open ? (
        <>
          <p className="meta">{t.comment.policy}</p>
          <CommentForm
            locale={locale}
            articleId={article.id}
            articlePath={articlePath}
            token={formToken(payload.secret)}
            initial={formState}
            labels={{
              leave: t.comment.leave,
              name: t.comment.name,
              email: t.comment.email,
              body: t.comment.body,
              notify: t.comment.notify,
              submit: t.comment.submit,
              sending: t.comment.sending,
              awaiting: t.comment.awaiting,
              cancelReply: t.comment.cancelReply,
              replyTo: t.comment.replyTo('{name}'),
              generic: t.comment.errors.generic,
            }}
          />
        </>
      ) : (
        <p>{t.comment.closed}</p>
      )}
    </section>
  )
}
