import { SiteFrame } from '@/components/SiteFrame'
import { DEFAULT_LOCALE } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'

/**
 * Not-found pages get no route parameters in Next.js, so this one speaks the default language;
 * its header still offers every language's home page.
 */
export default function NotFound() {
  const locale = DEFAULT_LOCALE
  const t = messagesFor(locale)
  return (
    <SiteFrame locale={locale} path="/">
      <div className="status-page">
        <p className="status-page__code">404</p>
        <h1>{t.notFound.title}</h1>
        <p>{t.notFound.text}</p>
        <p>
          <a className="button" href="/">
            {t.notFound.home}
          </a>
        </p>
      </div>
    </SiteFrame>
  )
}
