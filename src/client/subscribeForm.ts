import { showErrors, type FieldErrors } from './formErrors'

/**
 * The subscribe form (src/components/newsletter/SubscribeForm.tsx) without leaving the page until
 * it is accepted: errors are shown by the fields, and an accepted request opens "Check your inbox".
 */
export function enhanceSubscribeForm(): void {
  const form = document.querySelector<HTMLFormElement>('form#subscribe')
  if (!form) return
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!
  const words = form.dataset

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    const label = button.textContent
    button.disabled = true
    button.textContent = words.sending ?? label
    showErrors(form, 'subscribe', {}, null)
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        body: new FormData(form),
        headers: { Accept: 'application/json' },
      })
      const answer = (await response.json()) as { redirect?: string; errors?: FieldErrors }
      if (response.ok && answer.redirect) return window.location.assign(answer.redirect)
      const errors = answer.errors ?? { form: words.generic }
      // A message about the choices is inside the folded options: open them to show it.
      if (errors.choices) form.querySelector('details')?.setAttribute('open', '')
      showErrors(form, 'subscribe', errors, null)
    } catch {
      showErrors(form, 'subscribe', { form: words.generic }, null)
    }
    button.disabled = false
    button.textContent = label
  })
}
