import { readingPage } from '@/components/page/readingPage'
import { StatusPage } from '@/components/page/StatusPages'
import { messagesFor } from '@/i18n/messages'

/** Rendered per request: it shows the reference from `?ref=`. */
export const dynamic = 'force-dynamic'

export const GET = readingPage(async (locale, _params, request) => {
  const t = messagesFor(locale)
  const ref = new URL(request.url).searchParams.get('ref')
  const reference = ref && /^TT-\d{4}-\d{4,}$/.test(ref) ? ref : null
  return {
    head: { title: t.submission.thanksTitle, noindex: true },
    body: (
      <StatusPage locale={locale} path="/submit" title={t.submission.thanksTitle}>
        {reference && (
          <p className="lead status-page__lead">{t.submission.thanksText(reference)}</p>
        )}
      </StatusPage>
    ),
  }
})
