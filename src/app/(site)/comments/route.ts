import { cookies } from 'next/headers'

import { publicFormContext } from '@/access/publicForms'
import type { CommentFormState } from '@/components/comments/CommentForm'
import { isLocale, localePath, type Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { BodyTooLarge, readForm } from '@/lib/bodyLimit'
import { COMMENT_FLASH_COOKIE, encodeFlash } from '@/lib/commentFlash'
import { COMMENTER_COOKIE, COMMENTER_COOKIE_DAYS, commenterIds, rememberComment } from '@/lib/commenterToken'
import { FLOOD_SECONDS, MIN_FILL_SECONDS } from '@/lib/commentPolicy'
import { getPayloadClient } from '@/lib/payload'
import { plausibleId } from '@/lib/relations'
import { formAge } from '@/lib/signedToken'
import { servedOverHttps } from '@/lib/config/site'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const MAX_BODY = 5000
/** The form's fields, percent-encoded: a 5,000-character comment in any script fits well within. */
const MAX_REQUEST_BYTES = 128 * 1024

type Errors = NonNullable<CommentFormState['errors']>

/**
 * The comment form's target. Without JavaScript it answers with a redirect back to the article
 * (?comment=held|published|error, values kept in a short-lived cookie); with `Accept:
 * application/json` it answers JSON with the HTTP status (400, 409, 413, 429 + Retry-After).
 * The comment itself is created through Payload as an anonymous reader (overrideAccess: false),
 * so the collection's access rules and moderation hooks decide; this form is the only way a
 * reader can create one (access/publicForms.ts).
 */
export async function POST(request: Request): Promise<Response> {
  const wantsJson = request.headers.get('accept')?.includes('application/json') ?? false
  let form: FormData | null
  try {
    form = await readForm(request, MAX_REQUEST_BYTES)
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error
    const t = messagesFor('en').comment
    const tooLong = { errors: { body: t.errors.bodyTooLong(MAX_BODY) } }
    return wantsJson ? Response.json({ status: 'error', ...tooLong }, { status: 413 }) : new Response(t.errors.bodyTooLong(MAX_BODY), { status: 413 })
  }
  const read = (name: string) => {
    const value = form?.get(name)
    return typeof value === 'string' ? value : ''
  }
  const locale: Locale = isLocale(read('locale')) ? (read('locale') as Locale) : 'en'
  const t = messagesFor(locale).comment
  const values = {
    authorName: read('authorName').trim(),
    authorEmail: read('authorEmail').trim(),
    body: read('body').trim(),
    notifyOnReply: read('notifyOnReply') === 'on',
    parent: read('parent'),
  }

  // Ids arrive as text. Payload finds a document by an id as text on every engine, but a
  // relationship must be given the id as the engine stores it (it may be a number): so the article
  // and the parent are looked up here, as the reader may see them, and the comment links to the
  // documents found. Absurd ids are not sent at all; one the engine cannot even parse makes the
  // look-up throw, which is "not found" too.
  const payload = await getPayloadClient()
  const found = <T>(id: string, lookUp: (id: string) => Promise<T | null>) => (plausibleId(id) ? lookUp(id).catch(() => null) : Promise.resolve(null))
  const [article, parent] = await Promise.all([
    found(read('article'), (id) =>
      payload.findByID({ collection: 'articles', id, depth: 0, select: { slug: true }, overrideAccess: false, disableErrors: true }),
    ),
    found(values.parent, (id) =>
      payload.findByID({ collection: 'comments', id, depth: 0, select: { parent: true }, overrideAccess: false, disableErrors: true }),
    ),
  ])
  if (!parent) values.parent = ''
  const articlePath = article ? localePath(locale, `/articles/${article.slug}`) : localePath(locale, '/')

  const respond = async (status: number, outcome: 'held' | 'published' | 'error', extra: { errors?: Errors; retryAfter?: number; comment?: unknown } = {}) => {
    const message = outcome === 'held' ? t.held : outcome === 'published' ? t.published : undefined
    const headers: Record<string, string> = extra.retryAfter ? { 'Retry-After': String(extra.retryAfter) } : {}
    if (wantsJson) return Response.json({ status: outcome, message, errors: extra.errors, comment: extra.comment }, { status, headers })
    if (outcome === 'error') {
      ;(await cookies()).set(COMMENT_FLASH_COOKIE, encodeFlash({ values, errors: extra.errors }), {
        httpOnly: true,
        sameSite: 'lax',
        maxAge: 120,
        path: '/',
      })
    }
    const anchor = outcome === 'error' ? '#respond' : '#comments'
    return new Response(null, { status: 303, headers: { ...headers, Location: `${articlePath}?comment=${outcome}${anchor}` } })
  }

  // Bots: a filled-in hidden field, or a form sent impossibly fast. They get the same thank-you
  // as people, so they learn nothing, and nothing is stored.
  const age = formAge(read('token'), payload.secret)
  if (read('website') || (age !== null && age < MIN_FILL_SECONDS)) {
    payload.logger.info(`[comments] dropped a bot submission (${read('website') ? 'honeypot' : 'fill time'})`)
    return respond(wantsJson ? 202 : 303, 'held')
  }

  const errors: Errors = {}
  if (!values.authorName) errors.authorName = t.errors.authorName
  if (!EMAIL.test(values.authorEmail)) errors.authorEmail = t.errors.authorEmail
  if (!values.body) errors.body = t.errors.body
  else if (values.body.length > MAX_BODY) errors.body = t.errors.bodyTooLong(MAX_BODY)
  if (read('parent') && !parent) errors.form = t.errors.parent
  if (!article) errors.form = t.errors.article
  if (Object.keys(errors).length) return respond(400, 'error', { errors })

  const cookieJar = await cookies()
  const remembered = commenterIds(cookieJar.get(COMMENTER_COOKIE)?.value, payload.secret)
  try {
    const created = await payload.create({
      collection: 'comments',
      data: {
        article: article!.id,
        parent: parent?.id,
        authorName: values.authorName,
        authorEmail: values.authorEmail,
        body: values.body,
        notifyOnReply: values.notifyOnReply,
        status: 'pending',
      },
      overrideAccess: false,
      req: { headers: request.headers },
      context: {
        ...publicFormContext('comment'),
        // No valid timestamp (a script, or a page cached under an older secret): the fill time is
        // unknown, so the comment is held for a moderator whatever the policy says.
        holdForModeration: age === null,
        commenterIds: remembered,
      },
    })
    cookieJar.set(COMMENTER_COOKIE, rememberComment(remembered, created.id, payload.secret), {
      httpOnly: true,
      sameSite: 'lax',
      secure: servedOverHttps(),
      maxAge: COMMENTER_COOKIE_DAYS * 24 * 60 * 60,
      path: '/',
    })
    const comment = { id: created.id, authorName: created.authorName, body: created.body }
    return respond(201, created.status === 'approved' ? 'published' : 'held', { comment })
  } catch (caught) {
    // Matched by status, not instanceof: Next.js may load the hook module twice (route vs. config).
    const error = caught as { status?: number; data?: { retryAfter?: number; errors?: { path?: string }[] } }
    if (error.status === 429) {
      const retryAfter = error.data?.retryAfter ?? FLOOD_SECONDS
      return respond(429, 'error', { errors: { form: t.errors.flood(retryAfter) }, retryAfter })
    }
    if (error.status === 409) return respond(409, 'error', { errors: { body: t.errors.duplicate } })
    if (error.status === 400 && Array.isArray(error.data?.errors)) {
      const fields: Errors = {}
      for (const { path } of error.data.errors) {
        if (path === 'parent') fields.form = t.errors.parent
        else if (path === 'article') fields.form = t.errors.article
        else if (path === 'authorName' || path === 'authorEmail' || path === 'body') fields[path] = t.errors[path]
        else fields.form = t.errors.generic
      }
      return respond(400, 'error', { errors: fields })
    }
    throw caught
  }
}
