import type { Metadata } from 'next'

import { FollowLinks } from '@/components/FollowLinks'
import { RichText } from '@/components/RichText'
import { SiteFrame } from '@/components/SiteFrame'
import { messagesFor } from '@/i18n/messages'
import { localeOf, pageMetadata } from '@/lib/pageMetadata'
import { lexicalToPlainText, summary } from '@/lib/lexicalText'
import { getSettings } from '@/lib/queries'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const settings = await getSettings(locale)
  const description = summary(lexicalToPlainText(settings.about), 200)
  return pageMetadata({ locale, path: '/about', title: messagesFor(locale).nav.about, description })
}

export default async function AboutPage({ params }: Props) {
  const locale = await localeOf(params)
  const t = messagesFor(locale)
  const settings = await getSettings(locale)
  return (
    <SiteFrame locale={locale} path="/about">
      <h1>{t.nav.about}</h1>
      {settings.tagline && <p className="lead">{settings.tagline}</p>}
      <RichText data={settings.about} className="prose" />
      {settings.contactEmail && (
        <p>
          <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>
        </p>
      )}
      <h2 className="section-heading">{t.followUs}</h2>
      <FollowLinks links={settings.followLinks ?? []} locale={locale} labelled />
    </SiteFrame>
  )
}
