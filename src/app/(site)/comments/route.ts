import type { Payload } from 'payload'

import { COMMENT_LIMITS } from '@/collections/Comments/limits'
import { localePath } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import {
  commentFlash,
  rememberedComments,
  rememberNewComment,
  type CommentFormState,
} from '@/components/comments/formState'
import { isEmailAddress, type FormFields } from '@/lib/forms/fields'
import { publicFormRoute, type Refused } from '@/lib/forms/pipeline'
import { plausibleId } from '@/lib/relations'

/** The form's fields, percent-encoded: a 5,000-character comment in any script fits well within. */
const MAX_REQUEST_BYTES = 128 * 1024

type Errors = NonNullable<CommentFormState['errors']>

/** Over the ceiling, the form was not read: not even its language is known. */
const TOO_LONG = messagesFor('en').comment.errors.bodyTooLong(COMMENT_LIMITS.body)

/** Absurd ids are not sent at all; one the engine cannot even parse makes the look-up throw, which is "not found" too. */
const found = <T>(id: string, lookUp: (id: string) => Promise<T | null>) =>
  plausibleId(id) ? lookUp(id).catch(() => null) : Promise.resolve(null)

/**
 * Payload finds a document by an id as text on every engine, but a relationship must be given the
 * id as the engine stores it (it may be a number): so the article and the parent are looked up
 * here, as the reader may see them, and the comment links to the documents found.
 */
async function readComment(fields: FormFields, payload: Payload) {
  const { locale } = fields
  const [article, parent] = await Promise.all([
    found(fields.raw('article'), (id) =>
      payload.findByID({
        collection: 'articles',
        id,
        depth: 0,
        select: { slug: true },
        overrideAccess: false,
        disableErrors: true,
      }),
    ),
    found(fields.raw('parent'), (id) =>
      payload.findByID({
        collection: 'comments',
        id,
        depth: 0,
        select: { parent: true },
        overrideAccess: false,
        disableErrors: true,
      }),
    ),
  ])
  const values = {
    authorName: fields.text('authorName'),
    authorEmail: fields.text('authorEmail'),
    body: fields.text('body'),
    notifyOnReply: fields.checked('notifyOnReply'),
    parent: parent ? fields.raw('parent') : '',
  }
  return {
    locale,
    t: messagesFor(locale).comment,
    values,
    article,
    parent,
    parentSent: fields.raw('parent') !== '',
    articlePath: localePath(locale, article ? `/articles/${article.slug}` : '/'),
    remembered: await rememberedComments(payload.secret),
  }
}

type CommentInput = Awaited<ReturnType<typeof readComment>>

function validateComment({
  t,
  values,
  article,
  parent,
  parentSent,
}: CommentInput): Refused<CommentFormState> | null {
  const errors: Errors = {}
  if (!values.authorName) errors.authorName = t.errors.authorName
  if (!isEmailAddress(values.authorEmail)) errors.authorEmail = t.errors.authorEmail
  if (!values.body) errors.body = t.errors.body
  else if (values.body.length > COMMENT_LIMITS.body)
    errors.body = t.errors.bodyTooLong(COMMENT_LIMITS.body)
  if (parentSent && !parent) errors.form = t.errors.parent
  if (!article) errors.form = t.errors.article
  return Object.keys(errors).length ? { status: 400, errors } : null
}

/** The fields the collection named, in the form's words; anything else is the form's as a whole. */
function fieldErrors({ t }: CommentInput, paths: string[]): Errors {
  const errors: Errors = {}
  for (const path of paths) {
    if (path === 'parent') errors.form = t.errors.parent
    else if (path === 'article') errors.form = t.errors.article
    else if (path === 'authorName' || path === 'authorEmail' || path === 'body')
      errors[path] = t.errors[path]
    else errors.form = t.errors.generic
  }
  return errors
}

/** Back to the thread after a comment, to the form after a refusal. */
const outcomeAt = ({ articlePath }: CommentInput, outcome: 'held' | 'published' | 'error') =>
  `${articlePath}?comment=${outcome}${outcome === 'error' ? '#respond' : '#comments'}`

/**
 * The comment form's target (?comment=held|published|error after a redirect; JSON with 400, 409,
 * 413, 429 + Retry-After for the form's script). The collection's access rules and hooks decide
 * (moderation, flood limit, duplicates, thread); this form is the only way a reader's comment can
 * be published at once (access/publicForms.ts).
 */
export const POST = publicFormRoute<CommentInput, CommentFormState>({
  form: 'comment',
  maxBytes: MAX_REQUEST_BYTES,
  flash: commentFlash,
  tooLarge: { status: 413, json: { status: 'error', errors: { body: TOO_LONG } }, text: TOO_LONG },
  read: readComment,
  validate: validateComment,
  // No valid timestamp (a script, or a page cached under an older secret): the fill time is
  // unknown, so the comment is held for a moderator whatever the policy says.
  context: (input, bots) => ({
    holdForModeration: bots.age === null,
    commenterIds: input.remembered,
  }),
  async create(input, { payload, request, context }) {
    const { values, article, parent, remembered, t } = input
    const created = await payload.create({
      collection: 'comments',
      data: {
        article: article!.id,
        parent: parent?.id,
        authorName: values.authorName,
        authorEmail: values.authorEmail,
        body: values.body,
        notifyOnReply: values.notifyOnReply,
        // The page's language, for the reply notification.
        language: input.locale,
        status: 'pending',
      },
      overrideAccess: false,
      req: { headers: request.headers },
      context,
    })
    await rememberNewComment(remembered, created.id, payload.secret)
    const outcome = created.status === 'approved' ? 'published' : 'held'
    const comment = { id: created.id, authorName: created.authorName, body: created.body }
    return {
      status: 201,
      json: { status: outcome, message: t[outcome], comment },
      location: outcomeAt(input, outcome),
    }
  },
  dropped: (input) => ({
    status: 202,
    json: { status: 'held', message: input.t.held },
    location: outcomeAt(input, 'held'),
  }),
  refused: (input, { status, errors, retryAfter }) => ({
    status,
    retryAfter,
    json: { status: 'error', errors },
    location: outcomeAt(input, 'error'),
  }),
  explain: {
    'rate-limited': ({ retryAfter }, { t }) => ({ form: t.errors.flood(retryAfter) }),
    duplicate: (_, { t }) => ({ body: t.errors.duplicate }),
    'too-large': (_, { t }) => ({ form: t.errors.generic }),
    invalid: ({ paths }, input) => fieldErrors(input, paths),
  },
})
