import { readingPage } from '@/components/page/readingPage'
import { subscriptionFlash } from '@/components/newsletter/formState'
import { NewsletterView } from '@/components/newsletter/NewsletterView'
import { newsletterMessages } from '@/i18n/newsletterMessages'
import { readFlash } from '@/lib/forms/flash'

/** Rendered per request: it shows the reader's own values and messages from the flash cookie. */
export const dynamic = 'force-dynamic'

/** /newsletter?subscription=error (rewritten here): the form again with the messages and the values entered. */
export const GET = readingPage(async (locale) => ({
  head: { title: newsletterMessages(locale).heading, noindex: true },
  body: <NewsletterView locale={locale} formState={await readFlash(subscriptionFlash)} />,
  script: true,
}))
