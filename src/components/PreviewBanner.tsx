import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { siteOrigin } from '@/lib/config/site'

import { LivePreviewListener } from './LivePreviewListener'

/** Above a previewed draft; "exit" opens the article's public page. */
export function PreviewBanner({ locale, publicPath }: { locale: Locale; publicPath: string }) {
  const t = messagesFor(locale)
  return (
    <div className="preview-banner" role="status">
      {t.draftPreview} <a href={publicPath}>{t.exitPreview}</a>
      <LivePreviewListener serverURL={siteOrigin()} />
    </div>
  )
}
