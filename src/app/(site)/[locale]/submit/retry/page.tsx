import type { Metadata } from 'next'

import { SubmitView } from '@/components/submissions/SubmitView'
import { messagesFor } from '@/i18n/messages'
import { localeOf } from '@/lib/pageMetadata'
import { readFlash } from '@/lib/forms/flash'
import { submissionFlash } from '@/components/submissions/formState'

/**
 * Rendered per request: it shows the reader's own values and messages from the flash cookie. Said here because no page is prerendered by
 * `next build` any more ([locale]/layout.tsx), so the build cannot find it out by itself.
 */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: messagesFor(await localeOf(params)).becomeAnalyst, robots: { index: false } }
}

/** /submit?submission=error (rewritten here): the form again with the messages and the values entered. */
export default async function SubmitRetryPage({ params }: Props) {
  const locale = await localeOf(params)
  const formState = await readFlash(submissionFlash)
  return <SubmitView locale={locale} formState={formState} />
}
