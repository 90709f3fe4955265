'use client'

import { messagesFor } from '@/i18n/messages'
import { isLocale } from '@/i18n/config'
import { useParams } from 'next/navigation'

/** Shown inside the site's layout when a page fails to render. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const { locale } = useParams<{ locale: string }>()
  const t = messagesFor(isLocale(locale) ? locale : 'en')
  return (
    <main id="main" className="site-main status-page">
      <p className="status-page__code">500</p>
      <h1>{t.error.title}</h1>
      <p>{t.error.text}</p>
      <p>
        <button type="button" className="button" onClick={() => reset()}>
          {t.error.retry}
        </button>{' '}
        <a href="/">{t.notFound.home}</a>
      </p>
    </main>
  )
}
