import type { Metadata } from 'next'

import { SubmitView } from '@/components/submissions/SubmitView'
import { messagesFor } from '@/i18n/messages'
import { localeOf, pageMetadata } from '@/lib/pageMetadata'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const t = messagesFor(locale)
  return pageMetadata({
    locale,
    path: '/submit',
    title: t.becomeAnalyst,
    description: t.becomeAnalystLead,
  })
}

export default async function SubmitPage({ params }: Props) {
  return <SubmitView locale={await localeOf(params)} />
}
