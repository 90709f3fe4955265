import { FollowLinks } from '@/components/FollowLinks'
import { RichText } from '@/components/RichText'
import { SiteFrame } from '@/components/SiteFrame'
import { messagesFor } from '@/i18n/messages'
import { readingPage } from '@/components/page/readingPage'
import { pageMetadata } from '@/lib/pageMetadata'
import { lexicalToPlainText, summary } from '@/lib/lexicalText'
import { getSettings } from '@/lib/queries'

/** Rendered on the first visit, then served from the page cache until content changes (src/lib/revalidate.ts). */
export const dynamic = 'force-static'
export const generateStaticParams = () => []

export const GET = readingPage(async (locale) => {
  const t = messagesFor(locale)
  const settings = await getSettings(locale)
  const description = summary(lexicalToPlainText(settings.about), 200)
  const head = pageMetadata({ locale, path: '/about', title: t.nav.about, description })
  const body = (
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
  return { head, body }
})
