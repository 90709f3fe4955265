/** Errors by the fields, the way the server writes them for a form sent without JavaScript. */
export type FieldErrors = Record<string, string | undefined>

/**
 * Replaces the form's error messages with `errors`: each one after its field (`<prefix>-<name>`),
 * tied to it by aria-describedby, the form's own (`form`) at `formErrorAfter`.
 */
export function showErrors(
  form: HTMLFormElement,
  prefix: string,
  errors: FieldErrors,
  formErrorAfter: Element | null,
): void {
  for (const old of form.querySelectorAll('.field-error')) old.remove()
  for (const field of form.querySelectorAll('[aria-invalid]')) {
    field.removeAttribute('aria-invalid')
    field.removeAttribute('aria-describedby')
  }
  for (const [name, message] of Object.entries(errors)) {
    if (!message) continue
    const error = document.createElement('p')
    error.className = 'field-error'
    error.id = `${prefix}-${name}-error`
    error.textContent = message
    const field = name === 'form' ? null : form.querySelector<HTMLElement>(`#${prefix}-${name}`)
    if (!field) {
      error.setAttribute('role', 'alert')
      if (formErrorAfter) formErrorAfter.after(error)
      else form.prepend(error)
      continue
    }
    field.setAttribute('aria-invalid', 'true')
    field.setAttribute('aria-describedby', error.id)
    // A checkbox's message goes below its line (label beside it), like the server's.
    const anchor =
      field instanceof HTMLInputElement && field.type === 'checkbox' ? field.parentElement! : field
    anchor.after(error)
  }
  form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
}
