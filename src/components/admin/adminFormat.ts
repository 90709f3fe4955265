import { isLocale, LOCALE_TAGS } from '@/i18n/config'

/** A person's name as the admin shows it: the account's name, else its address; '—' when unknown. */
export const personName = (value: unknown) =>
  value && typeof value === 'object'
    ? String(
        (value as { name?: string; email?: string }).name || (value as { email?: string }).email,
      )
    : '—'

/** A moment in the admin's language, in UTC (the zone the whole admin shows). */
export const adminDateTime = (iso: string | null | undefined, language: string) =>
  iso
    ? new Date(iso).toLocaleString(LOCALE_TAGS[isLocale(language) ? language : 'en'], {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'UTC',
      }) + ' UTC'
    : '—'

/** The look of something the reader must act on (the editors' request for changes): Payload's warning colours. */
export const needsActionStyle = {
  borderLeft: '4px solid var(--theme-warning-500)',
  background: 'var(--theme-warning-50)',
  padding: '0.75rem 1rem',
} as const
