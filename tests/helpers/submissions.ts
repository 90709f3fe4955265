/** Submitting manuscripts and turning them into drafts, as the upload and review-desk tests do. */
import type { Payload } from 'payload'
import { expect } from 'vitest'

import type { Article, Submission } from '@/payload-types'

import type { World } from './fixtures'

/** An editor accepts the submission (without the decision e-mail) and converts it: the draft it became. */
export async function acceptAndConvert(
  world: World,
  payload: Payload,
  id: Submission['id'],
): Promise<Article> {
  const accepted = await world.api.patch(`/api/submissions/${id}`, {
    token: world.tokens.editor,
    json: { status: 'accepted', sendDecisionEmail: false },
  })
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
  const response = await world.api.post(`/api/submissions/${id}/convert-to-draft`, {
    token: world.tokens.editor,
  })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return payload.findByID({
    collection: 'articles',
    id: response.body.article.id,
    draft: true,
    depth: 0,
  })
}
