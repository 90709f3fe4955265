import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { siteOrigin } from '@/lib/config/site'

import { LivePreviewListener } from './LivePreviewListener'

export function PreviewBanner({ locale }: { locale: Locale }) {
  const t = messagesFor(locale)
  return (
    <div className="preview-banner" role="status">
      {t.draftPreview} <a href="/next/exit-preview">{t.exitPreview}</a>
      <LivePreviewListener serverURL={siteOrigin()} />
    </div>
  )
}
