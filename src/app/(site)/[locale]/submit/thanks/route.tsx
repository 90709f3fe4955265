import { readingPage } from '@/components/page/readingPage'
import { SiteFrame } from '@/components/SiteFrame'
import { localePath } from '@/i18n/config'
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
      <SiteFrame locale={locale} path="/submit">
        <div className="status-page">
          <h1>{t.submission.thanksTitle}</h1>
          {reference && (
            <p className="lead status-page__lead">{t.submission.thanksText(reference)}</p>
          )}
          <p>
            <a className="button" href={localePath(locale, '/')}>
              {t.notFound.home}
            </a>
          </p>
        </div>
      </SiteFrame>
    ),
  }
})
