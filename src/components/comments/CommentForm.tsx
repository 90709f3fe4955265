import { COMMENT_LIMITS } from '@/collections/Comments/limits'
import { FormGuards } from '@/components/FormGuards'
import type { CommentFormState } from '@/components/comments/formState'
import type { Article } from '@/payload-types'

export type CommentFormLabels = {
  leave: string
  name: string
  email: string
  body: string
  notify: string
  submit: string
  sending: string
  awaiting: string
  cancelReply: string
  /** "Reply to {name}" */
  replyTo: string
  generic: string
}

/**
 * The comment form, as plain HTML that works without JavaScript (the page answers a post with a
 * redirect back to itself). With JavaScript, src/client/commentForm.ts posts it in place, shows errors
 * by the fields and the reader's own comment as awaiting moderation, and makes "Reply" links set the
 * parent here; the data-* attributes carry the words it needs.
 */
export function CommentForm({
  locale,
  articleId,
  articlePath,
  token,
  labels,
  initial = {},
}: {
  locale: string
  articleId: Article['id']
  /** The article's own address, where "Cancel reply" leads without JavaScript. */
  articlePath: string
  token: string
  labels: CommentFormLabels
  initial?: CommentFormState
}) {
  const errors = initial.errors ?? {}
  const notice = initial.notice
  const parent = initial.values?.parent ?? ''
  const replyToName = initial.replyToName ?? ''

  const field = (name: 'authorName' | 'authorEmail' | 'body') => ({
    name,
    id: `comment-${name}`,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `comment-${name}-error` : undefined,
  })
  const error = (name: keyof NonNullable<CommentFormState['errors']>) =>
    errors[name] ? (
      <p className="field-error" id={`comment-${name}-error`}>
        {errors[name]}
      </p>
    ) : null

  return (
    <form
      id="respond"
      className="comment-form"
      method="post"
      action="/comments"
      noValidate
      data-leave={labels.leave}
      data-reply-heading={labels.replyTo}
      data-sending={labels.sending}
      data-awaiting={labels.awaiting}
      data-generic={labels.generic}
    >
      <h3>{replyToName ? labels.replyTo.replace('{name}', replyToName) : labels.leave}</h3>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {error('form')}
      <input type="hidden" name="article" value={articleId} />
      <input type="hidden" name="parent" value={parent} />
      <FormGuards prefix="comment" locale={locale} token={token} />
      {/* Leaving the reply opens the article's plain form again (in place, with JavaScript). */}
      <a
        className="link-button comment-form__cancel"
        href={`${articlePath}#respond`}
        hidden={!replyToName}
      >
        {labels.cancelReply}
      </a>
      <p>
        <label htmlFor="comment-authorName">{labels.name}</label>
        <input
          {...field('authorName')}
          type="text"
          maxLength={COMMENT_LIMITS.authorName}
          required
          autoComplete="name"
          defaultValue={initial.values?.authorName}
        />
        {error('authorName')}
      </p>
      <p>
        <label htmlFor="comment-authorEmail">{labels.email}</label>
        <input
          {...field('authorEmail')}
          type="email"
          maxLength={COMMENT_LIMITS.authorEmail}
          required
          autoComplete="email"
          defaultValue={initial.values?.authorEmail}
        />
        {error('authorEmail')}
      </p>
      <p>
        <label htmlFor="comment-body">{labels.body}</label>
        <textarea
          {...field('body')}
          rows={6}
          maxLength={COMMENT_LIMITS.body}
          required
          defaultValue={initial.values?.body}
        />
        {error('body')}
      </p>
      <p className="checkbox">
        <input
          id="comment-notify"
          name="notifyOnReply"
          type="checkbox"
          value="on"
          defaultChecked={initial.values?.notifyOnReply}
        />
        <label htmlFor="comment-notify">{labels.notify}</label>
      </p>
      <p>
        <button type="submit" className="button">
          {labels.submit}
        </button>
      </p>
    </form>
  )
}
