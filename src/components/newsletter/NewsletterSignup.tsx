import { localePath, type Locale } from '@/i18n/config'
import { newsletterMessages } from '@/i18n/newsletterMessages'
import { getPayloadClient } from '@/lib/payload'
import { formToken } from '@/lib/signedToken'

import type { Offered } from './NewsletterChoices'
import { SubscribeForm } from './SubscribeForm'

/** Documents a box offers to follow: any with an id and a name. */
type Followable = { id: number | string; name: string }

export const offerOf = (topics: Followable[], authors: Followable[]): Offered => ({
  topics: topics.map(({ id, name }) => ({ id: String(id), name })),
  authors: authors.map(({ id, name }) => ({ id: String(id), name })),
})

/**
 * The subscribe box of the home, article, author and topic pages: the address first, the choices
 * folded away. `follow` is the page's own topic or author, ticked in advance (the reader may still
 * choose everything); the whole list of topics and authors is on /newsletter.
 */
export async function NewsletterSignup({
  locale,
  offered,
  follow,
}: {
  locale: Locale
  offered: Offered
  follow?: { kind: 'topics' | 'authors'; id: number | string; name: string }
}) {
  const t = newsletterMessages(locale)
  const payload = await getPayloadClient()
  const initial = follow
    ? { values: { scope: 'chosen', [follow.kind]: [String(follow.id)] } }
    : undefined
  return (
    <section className="newsletter-box" aria-labelledby="newsletter-heading">
      <h2 id="newsletter-heading">{follow ? t.follow(follow.name) : t.heading}</h2>
      <p>{t.intro}</p>
      <SubscribeForm
        compact
        locale={locale}
        token={formToken(payload.secret)}
        t={t}
        offered={offered}
        initial={initial}
      />
      <p className="newsletter-box__more">
        <a href={localePath(locale, '/newsletter')}>{t.allChoices}</a>
      </p>
    </section>
  )
}
