import { readingPage } from '@/components/page/readingPage'
import { submissionFlash } from '@/components/submissions/formState'
import { SubmitView } from '@/components/submissions/SubmitView'
import { messagesFor } from '@/i18n/messages'
import { readFlash } from '@/lib/forms/flash'

/** Rendered per request: it shows the reader's own values and messages from the flash cookie. */
export const dynamic = 'force-dynamic'

/** /submit?submission=error (rewritten here): the form again with the messages and the values entered. */
export const GET = readingPage(async (locale) => ({
  head: { title: messagesFor(locale).becomeAnalyst, noindex: true },
  body: <SubmitView locale={locale} formState={await readFlash(submissionFlash)} />,
  script: true,
}))
