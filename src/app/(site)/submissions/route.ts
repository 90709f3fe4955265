import { cookies } from 'next/headers'
import type { RequestContext } from 'payload'

import { MANUSCRIPT_MAX_BYTES, REQUEST_MAX_BYTES } from '@/collections/Submissions'
import type { SubmissionFormState } from '@/components/submissions/SubmissionForm'
import { ARTICLE_KINDS, SUBMISSION_LANGUAGES } from '@/fields/options'
import { isLocale, localePath, type Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { MIN_FILL_SECONDS } from '@/lib/commentPolicy'
import { BodyTooLarge, readForm } from '@/lib/bodyLimit'
import { giveBackAttempt } from '@/lib/limits/attempts'
import { getPayloadClient } from '@/lib/payload'
import { formAge } from '@/lib/signedToken'
import { encodeSubmissionFlash, SUBMISSION_FLASH_COOKIE } from '@/lib/submissionForm'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
/** A file name that tries to leave the upload folder ("../", "C:\\", "/etc/…") or hides control characters. */
const UNSAFE_FILE_NAME = /[/\\]|^\.\.?$|[\u0000-\u001f\u007f]/

type Errors = NonNullable<SubmissionFormState['errors']>

/**
 * The "Become an analyst" form's target. Validates every field (naming each bad one), checks the
 * anti-bot fields and the size, then creates the submission through Payload as an anonymous
 * visitor: the upload collection decides the file type from its content, the sender limits
 * (hooks/limitSubmissions.ts) apply as on every path, and the record and its file are stored
 * together or not at all.
 */
export async function POST(request: Request): Promise<Response> {
  const wantsJson = request.headers.get('accept')?.includes('application/json') ?? false
  const payload = await getPayloadClient()
  let locale: Locale = 'en'
  let values: Record<string, string> = {}

  const respond = async (status: number, result: { errors?: Errors; reference?: string; retryAfter?: number }) => {
    const headers: Record<string, string> = result.retryAfter ? { 'Retry-After': String(result.retryAfter) } : {}
    const redirect = result.reference ? `${localePath(locale, '/submit/thanks')}?ref=${result.reference}` : undefined
    if (wantsJson) return Response.json({ errors: result.errors, reference: result.reference, redirect }, { status, headers })
    if (!redirect) {
      ;(await cookies()).set(SUBMISSION_FLASH_COOKIE, encodeSubmissionFlash({ values, errors: result.errors }), {
        httpOnly: true,
        sameSite: 'lax',
        maxAge: 120,
        path: '/',
      })
    }
    return new Response(null, {
      status: 303,
      headers: { ...headers, Location: redirect ?? `${localePath(locale, '/submit')}?submission=error#submission-form` },
    })
  }

  let form: FormData | null
  try {
    form = await readForm(request, REQUEST_MAX_BYTES)
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error
    return respond(413, { errors: { file: messagesFor(locale).submission.errors.tooLarge } })
  }
  const read = (name: string) => {
    const value = form?.get(name)
    return typeof value === 'string' ? value.trim() : ''
  }
  locale = isLocale(read('locale')) ? (read('locale') as Locale) : 'en'
  const t = messagesFor(locale).submission
  values = Object.fromEntries(
    ['name', 'email', 'affiliation', 'bio', 'kind', 'title', 'abstract', 'language'].map((name) => [name, read(name)]),
  )

  const age = formAge(read('token'), payload.secret)
  if (read('website') || (age !== null && age < MIN_FILL_SECONDS)) {
    payload.logger.info('[submissions] dropped a bot submission')
    // A bot sees a thank-you page like a person, with a reference that exists nowhere.
    return respond(wantsJson ? 202 : 303, { reference: `TT-${new Date().getUTCFullYear()}-0000` })
  }

  const errors: Errors = {}
  for (const name of ['name', 'bio', 'title', 'abstract'] as const) if (!values[name]) errors[name] = t.errors.required
  if (!EMAIL.test(values.email)) errors.email = t.errors.email
  if (!ARTICLE_KINDS.some((kind) => kind.value === values.kind)) errors.kind = t.errors.required
  if (!SUBMISSION_LANGUAGES.some((language) => language.value === values.language)) errors.language = t.errors.required
  if (read('consent') !== 'on') errors.consent = t.errors.consent
  const file = form?.get('file')
  if (!(file instanceof File) || file.size === 0) errors.file = t.errors.file
  else if (file.size > MANUSCRIPT_MAX_BYTES) return respond(413, { errors: { file: t.errors.tooLarge } })
  else if (UNSAFE_FILE_NAME.test(file.name)) errors.file = t.errors.fileName
  if (Object.keys(errors).length || !(file instanceof File)) return respond(400, { errors })

  const context: RequestContext = {}
  try {
    const created = await payload.create({
      collection: 'submissions',
      data: {
        name: values.name,
        email: values.email,
        affiliation: values.affiliation || undefined,
        bio: values.bio,
        kind: values.kind as never,
        title: values.title,
        abstract: values.abstract,
        language: values.language as never,
        consent: true,
        status: 'received',
      },
      file: { data: Buffer.from(await file.arrayBuffer()), mimetype: file.type, name: file.name, size: file.size },
      overrideAccess: false,
      req: { headers: request.headers },
      context,
    })
    return respond(201, { reference: created.reference ?? undefined })
  } catch (caught) {
    giveBackAttempt(context)
    const error = caught as { status?: number; data?: { retryAfter?: number; errors?: { path?: string }[] } }
    if (error.status === 429) {
      const retryAfter = error.data?.retryAfter ?? 30
      return respond(429, { errors: { form: t.errors.rateLimited(retryAfter) }, retryAfter })
    }
    if (error.status === 413) return respond(413, { errors: { file: t.errors.tooLarge } })
    if (error.status === 400 && Array.isArray(error.data?.errors)) {
      const fields: Errors = {}
      for (const { path } of error.data.errors) {
        if (path === 'file' || path === 'filename' || path === 'mimeType') fields.file = t.errors.fileType
        else if (path && path in values) fields[path as keyof Errors] = t.errors.required
        else fields.form = t.errors.generic
      }
      return respond(400, { errors: fields })
    }
    throw caught
  }
}
