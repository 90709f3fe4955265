import { LOCALE_TAGS, type Locale } from '@/i18n/config'

/** A date in the reader's language; the machine-readable value stays in `dateTime`. */
export function FormattedDate({
  value,
  locale,
}: {
  value: string | null | undefined
  locale: Locale
}) {
  if (!value) return null
  const text = new Intl.DateTimeFormat(LOCALE_TAGS[locale], {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(value))
  return <time dateTime={value}>{text}</time>
}
