'use client'

import { isLocale } from '@/i18n/config'
import { ERROR_MESSAGES } from '@/i18n/errorMessages'
import { useParams } from 'next/navigation'

/** Shown inside the site's layout when a page fails to render. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const { locale } = useParams<{ locale: string }>()
  const t = ERROR_MESSAGES[isLocale(locale) ? locale : 'en']
  return (
    <main id="main" className="site-main status-page">
      <p className="status-page__code">500</p>
      <h1>{t.title}</h1>
      <p>{t.text}</p>
      <p>
        <button type="button" className="button" onClick={() => reset()}>
          {t.retry}
        </button>{' '}
        <a href="/">{t.home}</a>
      </p>
    </main>
  )
}
