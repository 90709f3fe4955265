/**
 * The public-form pipeline's pure parts (src/lib/forms), without a server: how a refusal thrown by
 * a collection becomes a code the forms put in words, and what a flash cookie keeps. The routes
 * themselves are driven over HTTP by the e2e specs (comments, submissions, no-javascript, hostile-forms).
 */
import { ValidationError } from 'payload'
import { describe, expect, it } from 'vitest'

import { COMMENT_LIMITS } from '@/collections/Comments/limits'
import { DuplicateCommentError } from '@/collections/Comments/hooks/limitFloodsAndDuplicates'
import { commentFlash } from '@/components/comments/formState'
import { refusalOf } from '@/lib/forms/refusals'
import { submissionFlash } from '@/components/submissions/formState'
import { TooManyRequests } from '@/lib/limits/tooManyRequests'

const req = { responseHeaders: new Headers() } as never

describe('refusals', () => {
  it('are known by their code or status, never by their message', () => {
    expect(refusalOf(new TooManyRequests(req, 'Any words at all.', 12))).toEqual({
      code: 'rate-limited',
      status: 429,
      retryAfter: 12,
    })
    expect(refusalOf(new DuplicateCommentError())).toEqual({ code: 'duplicate', status: 409 })
    expect(
      refusalOf(
        new ValidationError({
          collection: 'comments',
          errors: [
            { path: 'body', message: 'Reworded.' },
            { path: 'parent', message: '' },
          ],
        }),
      ),
    ).toEqual({
      code: 'invalid',
      status: 400,
      paths: ['body', 'parent'],
    })
    expect(refusalOf({ status: 413, message: 'File size limit has been reached' })).toEqual({
      code: 'too-large',
      status: 413,
    })
  })

  it('are not made up for anything else: a crash stays a crash', () => {
    for (const error of [
      new Error('boom'),
      { status: 500 },
      { status: 400 },
      { code: 'ENOENT' },
      null,
      undefined,
      'text',
    ])
      expect(refusalOf(error)).toBeNull()
  })
})

describe('flash cookies', () => {
  it("keep the comment form's fields only, as text, no longer than the collection takes", () => {
    const cookie = commentFlash.encode({
      values: {
        authorName: 'x'.repeat(500),
        authorEmail: 'a@b.org',
        body: 'Hello',
        notifyOnReply: true,
        parent: 'not an id ../',
      },
      errors: { body: 'Too long.', form: 'y'.repeat(1000) },
    })
    const state = commentFlash.decode(cookie)
    expect(state?.values?.authorName).toHaveLength(COMMENT_LIMITS.authorName)
    expect(state?.values).toMatchObject({
      authorEmail: 'a@b.org',
      body: 'Hello',
      notifyOnReply: true,
      parent: undefined,
    })
    expect(state?.errors?.form).toHaveLength(300)
  })

  it('drop the values, not the errors, when they would not fit in a cookie', () => {
    const state = submissionFlash.decode(
      submissionFlash.encode({
        values: { abstract: 'z'.repeat(3000), title: 'T' },
        errors: { file: 'Missing.' },
      }),
    )
    expect(state).toEqual({ values: {}, errors: { file: 'Missing.' } })
  })

  it('read a forged or broken cookie as none, and anything but text as nothing', () => {
    expect(submissionFlash.decode('%%%')).toBeUndefined()
    expect(commentFlash.decode(Buffer.from('null').toString('base64url'))).toBeUndefined()
    const forged = Buffer.from(
      JSON.stringify({ values: { name: { toString: 1 }, title: 'T' }, errors: { form: 7 } }),
    ).toString('base64url')
    expect(submissionFlash.decode(forged)).toEqual({ values: { title: 'T' }, errors: {} })
  })
})
