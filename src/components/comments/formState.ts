import { cookies } from 'next/headers'

import { COMMENT_LIMITS } from '@/collections/Comments/limits'
import {
  COMMENTER_COOKIE,
  COMMENTER_COOKIE_DAYS,
  commenterIds,
  rememberComment,
} from '@/lib/commenterToken'
import { servedOverHttps } from '@/lib/config/site'
import { plausibleId } from '@/lib/relations'

import { flashCookie, textEntries } from '@/lib/forms/flash'

export type CommentField = 'authorName' | 'authorEmail' | 'body'

/** What the comment form shows: the values and errors of a refused comment, a notice, or the comment it replies to. */
export type CommentFormState = {
  values?: Partial<Record<CommentField, string>> & { notifyOnReply?: boolean; parent?: string }
  errors?: Partial<Record<CommentField | 'form', string>>
  notice?: string
  replyToName?: string
}

/** Only the form's fields, as text, each at most as long as the collection takes. */
const capComment = (state: CommentFormState): CommentFormState => {
  const text = (input: unknown, max: number) =>
    typeof input === 'string' ? input.slice(0, max) : undefined
  return {
    values: {
      authorName: text(state.values?.authorName, COMMENT_LIMITS.authorName),
      authorEmail: text(state.values?.authorEmail, COMMENT_LIMITS.authorEmail),
      body: text(state.values?.body, COMMENT_LIMITS.body),
      notifyOnReply: state.values?.notifyOnReply === true,
      // An opaque id, as text: kept only if it could be one (it goes back into a form and a URL).
      parent: plausibleId(state.values?.parent) ? state.values.parent : undefined,
    },
    errors: textEntries(state.errors, 300),
  }
}

export const commentFlash = flashCookie('comment-form', capComment)

/** The comments this browser proves it wrote (lib/commenterToken.ts). */
export const rememberedComments = async (secret: string) =>
  commenterIds((await cookies()).get(COMMENTER_COOKIE)?.value, secret)

/** Adds a new comment to the browser's proof of authorship. */
export async function rememberNewComment(
  remembered: string[],
  id: string | number,
  secret: string,
): Promise<void> {
  ;(await cookies()).set(COMMENTER_COOKIE, rememberComment(remembered, id, secret), {
    httpOnly: true,
    sameSite: 'lax',
    secure: servedOverHttps(),
    maxAge: COMMENTER_COOKIE_DAYS * 24 * 60 * 60,
    path: '/',
  })
}
