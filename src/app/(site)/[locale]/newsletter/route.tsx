import { readingPage } from '@/components/page/readingPage'
import { NewsletterView } from '@/components/newsletter/NewsletterView'
import { newsletterMessages } from '@/i18n/newsletterMessages'
import { pageMetadata } from '@/lib/pageMetadata'

/** Rendered on the first visit, then served from the page cache until content changes (src/lib/revalidate.ts). */
export const dynamic = 'force-static'
export const generateStaticParams = () => []

export const GET = readingPage(async (locale) => {
  const t = newsletterMessages(locale)
  return {
    head: pageMetadata({ locale, path: '/newsletter', title: t.heading, description: t.intro }),
    body: <NewsletterView locale={locale} />,
    script: true,
  }
})
