'use client'

import { useEffect, useRef, useState, type FormEvent } from 'react'

import { COMMENT_LIMITS } from '@/collections/Comments/limits'
import type { CommentFormState } from '@/components/comments/formState'
import type { Article, Comment } from '@/payload-types'

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

type OwnComment = { id: Comment['id']; authorName: string; body: string }

/**
 * The comment form. Rendered on the server, it works as a plain HTML form post; with JavaScript
 * it posts without reloading, shows errors inline and the reader's own comment as awaiting
 * moderation. "Reply" links in the thread set the parent here instead of loading a new page.
 */
export function CommentForm({
  locale,
  articleId,
  token: initialToken,
  labels,
  initial = {},
}: {
  locale: string
  articleId: Article['id']
  token: string
  labels: CommentFormLabels
  initial?: CommentFormState
}) {
  const [errors, setErrors] = useState(initial.errors ?? {})
  const [notice, setNotice] = useState(initial.notice)
  const [parent, setParent] = useState(initial.values?.parent ?? '')
  const [replyToName, setReplyToName] = useState(initial.replyToName ?? '')
  const [token, setToken] = useState(initialToken)
  const [sending, setSending] = useState(false)
  const [own, setOwn] = useState<OwnComment[]>([])
  const form = useRef<HTMLFormElement>(null)

  // The page is cached, so its form token is old: fetch a fresh one when the reader starts.
  const refreshToken = () =>
    fetch('/comments/token', { cache: 'no-store' })
      .then((response) => response.json())
      .then((body: { token: string }) => setToken(body.token))
      .catch(() => undefined)

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-reply-to]')
      if (!link) return
      event.preventDefault()
      setParent(link.dataset.replyTo ?? '')
      setReplyToName(link.dataset.replyName ?? '')
      form.current?.scrollIntoView({ behavior: 'smooth' })
      form.current?.querySelector('textarea')?.focus()
    }
    document.addEventListener('click', onClick)
    return () => document.removeEventListener('click', onClick)
  }, [])

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setSending(true)
    setNotice(undefined)
    try {
      const response = await fetch('/comments', {
        method: 'POST',
        body: new FormData(event.currentTarget),
        headers: { Accept: 'application/json' },
      })
      const result = (await response.json()) as {
        message?: string
        errors?: CommentFormState['errors']
        comment?: OwnComment
      }
      setErrors(result.errors ?? {})
      setNotice(result.message)
      if (response.ok && result.comment) {
        setOwn((list) => [...list, result.comment!])
        form.current?.reset()
        setParent('')
        setReplyToName('')
      }
    } catch {
      setErrors({ form: labels.generic })
    } finally {
      setSending(false)
    }
  }

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
    <>
      {own.length > 0 && (
        <ol className="comment-list comment-list--own">
          {own.map((comment) => (
            <li key={comment.id} className="comment comment--pending">
              <p className="comment__meta">
                <strong>{comment.authorName}</strong> · {labels.awaiting}
              </p>
              <div className="comment__body">{comment.body}</div>
            </li>
          ))}
        </ol>
      )}
      <form
        ref={form}
        id="respond"
        className="comment-form"
        method="post"
        action="/comments"
        onSubmit={submit}
        onFocus={() => token === initialToken && refreshToken()}
        noValidate
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
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={token} />
        {replyToName && (
          <button
            type="button"
            className="link-button"
            onClick={() => (setParent(''), setReplyToName(''))}
          >
            {labels.cancelReply}
          </button>
        )}
        {/* Left empty by people (hidden from them); bots that fill in every field give themselves away. */}
        <div className="honeypot" aria-hidden="true">
          <label htmlFor="comment-website">Website</label>
          <input id="comment-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
        </div>
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
          <button type="submit" className="button" disabled={sending}>
            {sending ? labels.sending : labels.submit}
          </button>
        </p>
      </form>
    </>
  )
}
