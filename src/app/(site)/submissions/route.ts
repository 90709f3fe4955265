import { MANUSCRIPT_MAX_BYTES, REQUEST_MAX_BYTES } from '@/collections/Submissions'
import { ARTICLE_KINDS, SUBMISSION_LANGUAGES } from '@/fields/options'
import { localePath, type Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { flashOf } from '@/lib/forms/flash'
import { isEmailAddress, type FormFields } from '@/lib/forms/fields'
import { publicFormRoute, type Refused } from '@/lib/forms/pipeline'
import { submissionFlash, type SubmissionFormState } from '@/components/submissions/formState'

/** A file name that tries to leave the upload folder ("../", "C:\\", "/etc/…") or hides control characters. */
const UNSAFE_FILE_NAME = /[/\\]|^\.\.?$|[\u0000-\u001f\u007f]/

const TEXT_FIELDS = [
  'name',
  'email',
  'affiliation',
  'bio',
  'kind',
  'title',
  'abstract',
  'language',
] as const

type Errors = NonNullable<SubmissionFormState['errors']>

function readSubmission(fields: FormFields) {
  return {
    locale: fields.locale,
    t: messagesFor(fields.locale).submission,
    values: Object.fromEntries(TEXT_FIELDS.map((name) => [name, fields.text(name)])) as Record<
      (typeof TEXT_FIELDS)[number],
      string
    >,
    consent: fields.checked('consent'),
    file: fields.file('file'),
  }
}

type SubmissionInput = ReturnType<typeof readSubmission>

const isOption = (options: { value: string }[], value: string) =>
  options.some((option) => option.value === value)

function validateSubmission({
  t,
  values,
  consent,
  file,
}: SubmissionInput): Refused<SubmissionFormState> | null {
  const errors: Errors = {}
  for (const name of ['name', 'bio', 'title', 'abstract'] as const)
    if (!values[name]) errors[name] = t.errors.required
  if (!isEmailAddress(values.email)) errors.email = t.errors.email
  if (!isOption(ARTICLE_KINDS, values.kind)) errors.kind = t.errors.required
  if (!isOption(SUBMISSION_LANGUAGES, values.language)) errors.language = t.errors.required
  if (!consent) errors.consent = t.errors.consent
  if (!file) errors.file = t.errors.file
  else if (file.size > MANUSCRIPT_MAX_BYTES)
    return { status: 413, errors: { file: t.errors.tooLarge } }
  else if (UNSAFE_FILE_NAME.test(file.name)) errors.file = t.errors.fileName
  return Object.keys(errors).length ? { status: 400, errors } : null
}

/** The fields the collection named, in the form's words; anything else is the form's as a whole. */
function fieldErrors({ t, values }: SubmissionInput, paths: string[]): Errors {
  const errors: Errors = {}
  for (const path of paths) {
    if (path === 'file' || path === 'filename' || path === 'mimeType')
      errors.file = t.errors.fileType
    else if (Object.hasOwn(values, path)) errors[path as keyof typeof values] = t.errors.required
    else errors.form = t.errors.generic
  }
  return errors
}

/** The form again, with the errors and the values entered (submit/retry, through a rewrite). */
const formAgain = (locale: Locale) =>
  `${localePath(locale, '/submit')}?submission=error#submission-form`

/** Over the ceiling, the form was not read: not even its language is known. */
const TOO_LARGE = { file: messagesFor('en').submission.errors.tooLarge }

const thanks = ({ locale }: SubmissionInput, reference: string) => {
  const redirect = `${localePath(locale, '/submit/thanks')}?ref=${reference}`
  return { json: { reference, redirect }, location: redirect }
}

/**
 * The "Become an analyst" form's target: names each bad field, then creates the submission as an
 * anonymous visitor. The upload collection decides the file type from its content, the sender
 * limits (hooks/limitSubmissions.ts) apply as on every path, and the record and its file are
 * stored together or not at all.
 */
export const POST = publicFormRoute<SubmissionInput, SubmissionFormState>({
  form: 'submission',
  maxBytes: REQUEST_MAX_BYTES,
  flash: submissionFlash,
  tooLarge: {
    status: 413,
    json: { errors: TOO_LARGE },
    location: formAgain('en'),
    flash: flashOf(submissionFlash, { values: {}, errors: TOO_LARGE }),
  },
  read: readSubmission,
  validate: validateSubmission,
  async create(input, { payload, request, context }) {
    const { values, file } = input
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
      file: {
        data: Buffer.from(await file!.arrayBuffer()),
        mimetype: file!.type,
        name: file!.name,
        size: file!.size,
      },
      overrideAccess: false,
      req: { headers: request.headers },
      context,
    })
    return { status: 201, ...thanks(input, created.reference ?? '') }
  },
  // A bot sees a thank-you page like a person, with a reference that exists nowhere.
  dropped: (input) => ({ status: 202, ...thanks(input, `TT-${new Date().getUTCFullYear()}-0000`) }),
  refused: ({ locale }, { status, errors, retryAfter }) => ({
    status,
    retryAfter,
    json: { errors },
    location: formAgain(locale),
  }),
  explain: {
    'rate-limited': ({ retryAfter }, { t }) => ({ form: t.errors.rateLimited(retryAfter) }),
    'too-large': (_, { t }) => ({ file: t.errors.tooLarge }),
    duplicate: (_, { t }) => ({ form: t.errors.generic }),
    invalid: ({ paths }, input) => fieldErrors(input, paths),
  },
})
