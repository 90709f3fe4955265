import type { Metadata } from 'next'

import { SubmitView } from '@/components/submissions/SubmitView'
import { messagesFor } from '@/i18n/messages'
import { localeOf } from '@/lib/pageMetadata'
import { readFlash } from '@/lib/forms/flash'
import { submissionFlash } from '@/components/submissions/formState'

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
