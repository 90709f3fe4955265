import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'

import { PLATFORM_NAMES, PlatformIcon } from './icons'

type Link = { platform: string; url: string; id?: string | null }

/** The think tank's (or an author's) profiles elsewhere, as labelled icon links. */
export function FollowLinks({
  links,
  locale,
  labelled = false,
}: {
  links: Link[]
  locale: Locale
  labelled?: boolean
}) {
  if (links.length === 0) return null
  const t = messagesFor(locale)
  return (
    <ul className="follow-links">
      {links.map((link) => {
        const name = PLATFORM_NAMES[link.platform] ?? link.platform
        return (
          <li key={link.id ?? link.url}>
            <a
              className="follow-link"
              href={link.url}
              rel="me noopener"
              aria-label={labelled ? undefined : t.followOn(name)}
            >
              <PlatformIcon platform={link.platform} />
              {labelled && <span>{name}</span>}
            </a>
          </li>
        )
      })}
    </ul>
  )
}
