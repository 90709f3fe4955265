import type { Metadata } from 'next'

import { RichText } from '@/components/RichText'
import { SiteFrame } from '@/components/SiteFrame'
import { messagesFor } from '@/i18n/messages'
import { localeOf, pageMetadata } from '@/i18n/page'
import { getSettings } from '@/lib/queries'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const t = messagesFor(locale)
  return pageMetadata({ locale, path: '/submit', title: t.becomeAnalyst, description: t.becomeAnalystLead })
}

/** "Become an analyst": the submission guidelines from the site settings, and where to send a manuscript. */
export default async function SubmitPage({ params }: Props) {
  const locale = await localeOf(params)
  const t = messagesFor(locale)
  const settings = await getSettings(locale)
  return (
    <SiteFrame locale={locale} path="/submit">
      <h1>{t.becomeAnalyst}</h1>
      <p className="lead">{t.becomeAnalystLead}</p>
      <RichText data={settings.submissionGuidelines} className="prose" />
      {settings.contactEmail && (
        <p className="call-to-action">
          {t.sendTo(settings.contactEmail)}{' '}
          <a className="button" href={`mailto:${settings.contactEmail}`}>
            {settings.contactEmail}
          </a>
        </p>
      )}
    </SiteFrame>
  )
}
