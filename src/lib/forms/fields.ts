import { isLocale, type Locale } from '@/i18n/config'

/** A public form's fields as its route reads them: anything that is not text reads as empty. */
export type FormFields = {
  /** Exactly as sent: ids, the hidden field and the token are not the reader's typing. */
  raw(name: string): string
  /** What the reader typed, without surrounding spaces. */
  text(name: string): string
  /** Every value sent under this name (a group of checkboxes), as sent; anything not text is left out. */
  all(name: string): string[]
  checked(name: string): boolean
  /** The uploaded file, or null when none (or an empty one) was sent. */
  file(name: string): File | null
  /** The page's language, English for anything else. */
  locale: Locale
}

export function formFields(form: FormData | null): FormFields {
  const raw = (name: string) => {
    const value = form?.get(name)
    return typeof value === 'string' ? value : ''
  }
  const file = (name: string) => {
    const value = form?.get(name)
    return value instanceof File && value.size > 0 ? value : null
  }
  const locale = raw('locale')
  return {
    raw,
    text: (name) => raw(name).trim(),
    all: (name) =>
      (form?.getAll(name) ?? []).filter((value): value is string => typeof value === 'string'),
    checked: (name) => raw(name) === 'on',
    file,
    locale: isLocale(locale) ? locale : 'en',
  }
}

/** Something that can be an e-mail address; the mail server decides the rest. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export const isEmailAddress = (value: string) => EMAIL.test(value)
