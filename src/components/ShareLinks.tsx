import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'

import { PlatformIcon } from './icons'

/** Plain share links (no third-party scripts): they work without JavaScript and track nobody. */
export function ShareLinks({ url, title, locale }: { url: string; title: string; locale: Locale }) {
  const t = messagesFor(locale)
  const u = encodeURIComponent(url)
  const text = encodeURIComponent(title)
  const targets = [
    { platform: 'x', name: 'X', href: `https://x.com/intent/post?url=${u}&text=${text}` },
    {
      platform: 'facebook',
      name: 'Facebook',
      href: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    },
    {
      platform: 'linkedin',
      name: 'LinkedIn',
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}`,
    },
    {
      platform: 'telegram',
      name: 'Telegram',
      href: `https://t.me/share/url?url=${u}&text=${text}`,
    },
    { platform: 'other', name: t.shareByEmail, href: `mailto:?subject=${text}&body=${u}` },
  ]
  return (
    <section className="share" aria-labelledby="share-heading">
      <h2 id="share-heading" className="share__heading">
        {t.share}
      </h2>
      <ul className="follow-links">
        {targets.map((target) => (
          <li key={target.platform}>
            <a className="follow-link" href={target.href} rel="noopener nofollow" target="_blank">
              <PlatformIcon platform={target.platform} />
              <span>{target.name}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
