import { readingPage } from '@/components/page/readingPage'
import { StatusPage } from '@/components/page/StatusPages'
import { newsletterMessages } from '@/i18n/newsletterMessages'

/** The same page for every address, so it is cached like any other. */
export const dynamic = 'force-static'
export const generateStaticParams = () => []

/** Where the subscribe form leads, whether the address was new, known or refused as a bot's. */
export const GET = readingPage(async (locale) => {
  const t = newsletterMessages(locale)
  return {
    head: { title: t.checkInbox, noindex: true },
    body: (
      <StatusPage locale={locale} path="/newsletter" title={t.checkInbox}>
        <p className="lead status-page__lead">{t.checkInboxText('')}</p>
      </StatusPage>
    ),
  }
})
