import { FormattedDate } from '@/components/FormattedDate'
import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import type { PublicComment } from '@/lib/comments'
import type { Comment } from '@/payload-types'

import { CommentBody } from './CommentBody'

function CommentItem({
  comment,
  locale,
  siteName,
  replyHref,
}: {
  comment: PublicComment
  locale: Locale
  siteName: string
  replyHref?: string
}) {
  const t = messagesFor(locale)
  return (
    <li
      className={comment.byStaff ? 'comment comment--staff' : 'comment'}
      id={`comment-${comment.id}`}
    >
      <p className="comment__meta">
        <strong>{comment.authorName}</strong>{' '}
        {comment.byStaff && <span className="comment__staff">{t.comment.staff(siteName)}</span>} ·{' '}
        <FormattedDate value={comment.createdAt} locale={locale} />
      </p>
      <CommentBody text={comment.body} />
      {replyHref && (
        <a
          className="comment__reply"
          href={replyHref}
          data-reply-to={comment.id}
          data-reply-name={comment.authorName}
        >
          {t.comment.reply}
        </a>
      )}
      {comment.replies.length > 0 && (
        <ol className="comment__replies">
          {comment.replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} locale={locale} siteName={siteName} />
          ))}
        </ol>
      )}
    </li>
  )
}

/** Approved comments, oldest first, one level of replies under their parent. */
export function CommentThread({
  comments,
  locale,
  siteName,
  replyHrefFor,
}: {
  comments: PublicComment[]
  locale: Locale
  /** For the badge on staff replies ("<site> team"). */
  siteName: string
  /** Where "Reply" leads without JavaScript; absent when comments are closed. */
  replyHrefFor?: (id: Comment['id']) => string
}) {
  if (comments.length === 0) return <p>{messagesFor(locale).comment.none}</p>
  return (
    <ol className="comment-list">
      {comments.map((comment) => (
        <CommentItem
          key={comment.id}
          comment={comment}
          locale={locale}
          siteName={siteName}
          replyHref={replyHrefFor?.(comment.id)}
        />
      ))}
    </ol>
  )
}
