import { showErrors, type FieldErrors } from './formErrors'

type Answer = {
  message?: string
  errors?: FieldErrors
  comment?: { id: string | number; authorName: string; body: string }
}

/**
 * The comment form (src/components/comments/CommentForm.tsx) without leaving the page: it posts
 * with fetch, shows the answer's errors by the fields or its notice, and the reader's own comment
 * as awaiting moderation; "Reply" links set the comment it answers instead of loading a page.
 */
export function enhanceCommentForm(): void {
  const form = document.querySelector<HTMLFormElement>('form#respond')
  if (!form) return
  const heading = form.querySelector('h3')!
  const parent = form.querySelector<HTMLInputElement>('input[name="parent"]')!
  const token = form.querySelector<HTMLInputElement>('input[name="token"]')!
  const cancel = form.querySelector<HTMLAnchorElement>('.comment-form__cancel')!
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!
  const words = form.dataset

  const replyTo = (id: string, name: string) => {
    parent.value = id
    heading.textContent = id
      ? (words.replyHeading ?? '').replace('{name}', name)
      : (words.leave ?? '')
    cancel.hidden = !id
  }

  // The page comes from the cache, so its form token may be old: a fresh one when the reader starts.
  let tokenFetched = false
  form.addEventListener('focusin', () => {
    if (tokenFetched) return
    tokenFetched = true
    fetch('/comments/token', { cache: 'no-store' })
      .then((response) => response.json() as Promise<{ token: string }>)
      .then((body) => (token.value = body.token))
      .catch(() => (tokenFetched = false))
  })

  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-reply-to]')
    if (!link) return
    event.preventDefault()
    replyTo(link.dataset.replyTo ?? '', link.dataset.replyName ?? '')
    form.scrollIntoView({ behavior: 'smooth' })
    form.querySelector('textarea')?.focus({ preventScroll: true })
  })
  cancel.addEventListener('click', (event) => {
    event.preventDefault()
    replyTo('', '')
  })

  const showNotice = (message: string | undefined) => {
    form.querySelector('.notice')?.remove()
    if (!message) return
    const notice = document.createElement('p')
    notice.className = 'notice'
    notice.setAttribute('role', 'status')
    notice.textContent = message
    heading.after(notice)
  }

  const showOwn = (comment: NonNullable<Answer['comment']>) => {
    let list = document.querySelector('.comment-list--own')
    if (!list) {
      list = document.createElement('ol')
      list.className = 'comment-list comment-list--own'
      form.before(list)
    }
    const item = document.createElement('li')
    item.className = 'comment comment--pending'
    const meta = document.createElement('p')
    meta.className = 'comment__meta'
    const name = document.createElement('strong')
    name.textContent = comment.authorName
    meta.append(name, ` · ${words.awaiting ?? ''}`)
    const body = document.createElement('div')
    body.className = 'comment__body'
    body.textContent = comment.body
    item.append(meta, body)
    list.append(item)
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    const label = button.textContent
    button.disabled = true
    button.textContent = words.sending ?? label
    showNotice(undefined)
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        body: new FormData(form),
        headers: { Accept: 'application/json' },
      })
      const answer = (await response.json()) as Answer
      showErrors(form, 'comment', answer.errors ?? {}, form.querySelector('.notice') ?? heading)
      showNotice(answer.message)
      if (response.ok && answer.comment) {
        showOwn(answer.comment)
        form.reset()
        replyTo('', '')
      }
    } catch {
      showErrors(form, 'comment', { form: words.generic }, heading)
    } finally {
      button.disabled = false
      button.textContent = label
    }
  })
}
