import type { Metadata } from 'next'

import { SiteFrame } from '@/components/SiteFrame'
import { localePath } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { localeOf } from '@/lib/pageMetadata'

/**
 * Rendered per request: it shows the reference from `?ref=`. Said here because no page is prerendered by
 * `next build` any more ([locale]/layout.tsx), so the build cannot find it out by itself.
 */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ ref?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return {
    title: messagesFor(await localeOf(params)).submission.thanksTitle,
    robots: { index: false },
  }
}

export default async function SubmitThanksPage({ params, searchParams }: Props) {
  const locale = await localeOf(params)
  const t = messagesFor(locale)
  const { ref } = await searchParams
  const reference = ref && /^TT-\d{4}-\d{4,}$/.test(ref) ? ref : null
  return (
    <SiteFrame locale={locale} path="/submit">
      <div className="status-page">
        <h1>{t.submission.thanksTitle}</h1>
        {reference && (
          <p className="lead" style={{ marginInline: 'auto' }}>
            {t.submission.thanksText(reference)}
          </p>
        )}
        <p>
          <a className="button" href={localePath(locale, '/')}>
            {t.notFound.home}
          </a>
        </p>
      </div>
    </SiteFrame>
  )
}
