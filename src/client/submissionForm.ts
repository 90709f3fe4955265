import { showErrors, type FieldErrors } from './formErrors'

/**
 * "Become an analyst" (src/components/submissions/SubmissionForm.tsx): sent with XMLHttpRequest,
 * the one browser API that reports upload progress, shown as a bar and on the button; errors are
 * shown by the fields, and a stored submission opens the thank-you page.
 */
export function enhanceSubmissionForm(): void {
  const form = document.querySelector<HTMLFormElement>('form#submission-form')
  if (!form) return
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!
  const label = button.textContent ?? ''
  const words = form.dataset

  const finish = (errors?: FieldErrors) => {
    form.querySelector('progress')?.remove()
    button.disabled = false
    button.textContent = label
    if (errors) showErrors(form, 'submission', errors, null)
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const progress = document.createElement('progress')
    progress.max = 100
    progress.value = 0
    progress.setAttribute('aria-label', words.sending ?? '')
    button.parentElement!.before(progress)
    button.disabled = true
    button.textContent = `${words.sending} 0%`
    showErrors(form, 'submission', {}, null)

    const request = new XMLHttpRequest()
    request.open('POST', form.action)
    request.setRequestHeader('Accept', 'application/json')
    request.upload.addEventListener('progress', (step) => {
      if (!step.lengthComputable) return
      const percent = Math.round((step.loaded / step.total) * 100)
      progress.value = percent
      button.textContent = `${words.sending} ${percent}%`
    })
    request.addEventListener('load', () => {
      try {
        const answer = JSON.parse(request.responseText) as {
          redirect?: string
          errors?: FieldErrors
        }
        if (request.status < 300 && answer.redirect) window.location.assign(answer.redirect)
        else finish(answer.errors ?? { form: words.generic })
      } catch {
        finish({ form: words.generic })
      }
    })
    request.addEventListener('error', () => finish({ form: words.generic }))
    request.send(new FormData(form))
  })
}
