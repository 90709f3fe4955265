/**
 * One-click moderation (POST /api/comments/moderate): a selection moderated by an editor with
 * their own rights, all of it or none of it, refused to interns and anonymous readers, and bad
 * input answered with a 4xx naming the field.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { problemFields as fields } from '../helpers/api'
import { createComment, type World } from '../helpers/fixtures'
import type { TestApp } from '../helpers/testApp'
import { startWorld } from '../helpers/world'

let app: TestApp
let payload: Payload
let world: World
beforeAll(async () => ({ app, payload, world } = await startWorld()))
afterAll(() => app?.close())

const pending = () => createComment(payload, world.published.id, 'pending')
const statusOf = async (id: string | number) =>
  (await payload.findByID({ collection: 'comments', id, depth: 0 })).status
const moderate = (json: unknown, token?: string) =>
  world.api.post('/api/comments/moderate', { json, token })

describe('one-click moderation', () => {
  it('lets an editor approve a selection and spam one comment', async () => {
    const [a, b, c] = await Promise.all([pending(), pending(), pending()])
    const approved = await moderate({ ids: [a.id, b.id], status: 'approved' }, world.tokens.editor)
    expect(approved.status).toBe(200)
    expect(await statusOf(a.id)).toBe('approved')
    expect(await statusOf(b.id)).toBe('approved')
    const spam = await moderate({ ids: [c.id], status: 'spam' }, world.tokens.editor)
    expect(spam.status).toBe(200)
    expect(await statusOf(c.id)).toBe('spam')
  })

  it('refuses interns (403) and anonymous readers (401), changing nothing', async () => {
    const comment = await pending()
    expect(
      (await moderate({ ids: [comment.id], status: 'approved' }, world.tokens.intern)).status,
    ).toBe(403)
    expect((await moderate({ ids: [comment.id], status: 'approved' })).status).toBe(401)
    expect(await statusOf(comment.id)).toBe('pending')
  })

  it('refuses an unknown status and unknown ids, naming the field, and stores nothing', async () => {
    const comment = await pending()
    const badStatus = await moderate(
      { ids: [comment.id], status: 'published' },
      world.tokens.editor,
    )
    expect(badStatus.status).toBe(400)
    expect(fields(badStatus.body)).toEqual(['status'])
    const noIds = await moderate({ ids: [], status: 'approved' }, world.tokens.editor)
    expect(noIds.status).toBe(400)
    expect(fields(noIds.body)).toEqual(['ids'])
    const unknown = await moderate(
      { ids: [comment.id, 'no-such-comment-999'], status: 'approved' },
      world.tokens.editor,
    )
    expect(unknown.status).toBe(404)
    expect(fields(unknown.body)).toEqual(['ids'])
    expect(unknown.body.errors[0].message).toContain('no-such-comment-999')
    expect(await statusOf(comment.id)).toBe('pending')
  })
})
