/** Submitting manuscripts and turning them into drafts, as the upload and review-desk tests do. */
import type { Payload } from 'payload'
import { expect } from 'vitest'

import type { Article, Submission } from '@/payload-types'

import { filePart } from './files'
import { uniqueEmail, type World } from './fixtures'

export type ManuscriptFile = { bytes: Buffer; name: string; type: string }

/** Sends a submission through REST as an anonymous visitor, as the public form does. */
export async function submitManuscript(
  world: World,
  file: ManuscriptFile,
  fields: Partial<Submission> = {},
): Promise<Submission> {
  const body = new FormData()
  body.append(
    '_payload',
    JSON.stringify({
      name: `Guest ${Math.random().toString(36).slice(2, 8)}`,
      email: uniqueEmail('guest'),
      affiliation: 'Caucasus Institute',
      bio: 'Writes on energy security.\n\nFormerly at a ministry.',
      kind: 'research-note',
      title: 'Energy corridors after 2025',
      abstract:
        'Pipelines carry strategic weight. This note weighs the risks. It ends with three recommendations.',
      language: 'en',
      consent: true,
      ...fields,
    }),
  )
  body.append('file', filePart(file.bytes, file.name, file.type), file.name)
  const response = await world.api.post('/api/submissions', { form: body })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.doc as Submission
}

/** An editor accepts the submission (saving mails nobody) and converts it: the draft it became. */
export async function acceptAndConvert(
  world: World,
  payload: Payload,
  id: Submission['id'],
): Promise<Article> {
  const accepted = await world.api.patch(`/api/submissions/${id}`, {
    token: world.tokens.editor,
    json: { status: 'accepted' },
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
