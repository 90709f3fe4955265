import type { Endpoint } from 'payload'

import { demand } from '@/access'
import { adminT } from '@/i18n/admin'
import { isLocale } from '@/i18n/config'
import { articleMail } from '@/lib/newsletter/compose'
import { mailingContent, toMailArticle } from '@/lib/newsletter/content'
import { digestWeek } from '@/lib/newsletter/mailings'
import { siteName } from '@/lib/newsletter/site'
import { problem } from '@/lib/problem'
import { plausibleId } from '@/lib/relations'
import type { Subscriber } from '@/payload-types'

/** A test goes to the editor, not a subscriber: its links lead to the newsletter's own page. */
const testLinks = (origin: string) => ({
  preferences: `${origin}/newsletter`,
  unsubscribe: `${origin}/newsletter`,
})

/**
 * POST /api/mailings/test-send: the editor asking gets the mail subscribers would get, marked as
 * a test: `{ "article": id }` for an article's (its latest draft, as the editor may read it), or
 * nothing for the next weekly digest (what was published since the last one). `locale` picks the
 * language.
 */
export const testSend: Endpoint = {
  path: '/test-send',
  method: 'post',
  handler: async (req) => {
    demand(req, 'mailings', 'testSend', {
      anonymous: 'Log in as an editor to send a test mailing.',
      forbidden: 'Only editors send test mailings.',
    })
    const body = ((await req.json?.().catch(() => null)) ?? {}) as Record<string, unknown>
    const locale = isLocale(body.locale) ? body.locale : 'en'
    const to = req.user!.email
    const origin = new URL('/', req.url ?? 'http://localhost').origin
    const links = testLinks(process.env.SERVER_URL?.replace(/\/+$/, '') || origin)
    const reader = {
      email: to,
      locale,
      scope: 'all',
      topics: [],
      authors: [],
    } as unknown as Subscriber

    let mail
    if (body.article !== undefined) {
      // JSON may carry the id as a number (SQLite's) or as text.
      const id = typeof body.article === 'number' ? String(body.article) : body.article
      if (!plausibleId(id)) return problem(400, 'article', 'Name the article by its id.')
      const article = await req.payload
        .findByID({
          collection: 'articles',
          id,
          locale,
          draft: true,
          depth: 1,
          populate: { authors: { name: true } },
          overrideAccess: false,
          req,
        })
        .catch(() => null)
      if (!article) return problem(404, 'article', `No article with id ${id}.`)
      mail = articleMail({
        site: await siteName(req.payload),
        locale,
        article: toMailArticle(article, locale),
        links,
        test: true,
      })
    } else {
      const now = Date.now()
      const content = await mailingContent(req.payload, {
        kind: 'digest',
        from: digestWeek(now).until,
        until: new Date(now).toISOString(),
      })
      mail = await content.mailFor(reader, links, true)
      if (!mail) return problem(409, 'digest', adminT(req.t)('cms:newsletter:emptyDigest'))
    }
    await req.payload.sendEmail({ to, ...mail })
    // Shown in the editor's admin (NewsletterTestSend.tsx), in their admin language.
    return Response.json({ message: adminT(req.t)('cms:newsletter:sent', { email: to }) })
  },
}
