import { readingPage } from '@/components/page/readingPage'
import { SubmitView } from '@/components/submissions/SubmitView'
import { messagesFor } from '@/i18n/messages'
import { pageMetadata } from '@/lib/pageMetadata'

/** Rendered on the first visit, then served from the page cache until content changes (src/lib/revalidate.ts). */
export const dynamic = 'force-static'
export const generateStaticParams = () => []

export const GET = readingPage(async (locale) => {
  const t = messagesFor(locale)
  return {
    head: pageMetadata({
      locale,
      path: '/submit',
      title: t.becomeAnalyst,
      description: t.becomeAnalystLead,
    }),
    body: <SubmitView locale={locale} />,
    script: true,
  }
})
