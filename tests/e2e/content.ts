/** Content changes made through the real REST API, as an editor, for the end-to-end tests. */
import type { APIRequestContext } from '@playwright/test'

import { readState } from './helpers'

/** A document id as the API gives it: opaque (a number on SQLite, a uuid or ObjectId string elsewhere). */
export type Id = string | number

/**
 * The admin panel's edit view of one document of `collection` (not its "create" page), with the
 * id captured as the URL spells it, whatever the engine's ids look like.
 */
export const adminEditPath = (collection: string) =>
  new RegExp(`/admin/collections/${collection}/(?!create(?:[/?#]|$))([A-Za-z0-9_-]+)`)

export async function editorToken(request: APIRequestContext): Promise<string> {
  const { email, password } = readState().credentials.editor
  const response = await request.post('/api/users/login', { data: { email, password } })
  if (!response.ok()) throw new Error(`editor login failed: ${response.status()}`)
  return ((await response.json()) as { token: string }).token
}

const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }],
})

/** A Lexical document from paragraphs given as text or as ready nodes (see withFootnote). */
export const lexical = (...blocks: (string | ReturnType<typeof paragraph>)[]) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: blocks.map((block) => (typeof block === 'string' ? paragraph(block) : block)),
  },
})

/** A paragraph ending in a footnote (the editor's inline `footnote` block). */
export function withFootnote(text: string, note: string) {
  const block = paragraph(text)
  block.children.push({
    type: 'inlineBlock',
    version: 1,
    fields: { id: 'fn1', blockName: '', blockType: 'footnote', note },
  } as never)
  return block
}

/** Ids of the seeded authors and topics, by slug. */
export async function idsBySlug(
  request: APIRequestContext,
  collection: 'authors' | 'topics',
): Promise<Record<string, Id>> {
  const response = await request.get(`/api/${collection}?limit=100&depth=0`)
  const { docs } = (await response.json()) as { docs: { id: Id; slug: string }[] }
  return Object.fromEntries(docs.map((doc) => [doc.slug, doc.id]))
}

export async function createDraft(
  request: APIRequestContext,
  token: string,
  data: Record<string, unknown>,
) {
  const response = await request.post('/api/articles?draft=true', {
    headers: { Authorization: `JWT ${token}` },
    data,
  })
  if (response.status() !== 201)
    throw new Error(`draft not created: ${response.status()} ${await response.text()}`)
  return ((await response.json()) as { doc: { id: Id; slug: string } }).doc
}

export async function setStatus(
  request: APIRequestContext,
  token: string,
  id: Id,
  status: 'published' | 'draft',
) {
  // Not a draft save: `_status: 'draft'` on the live document is what unpublishes it.
  const response = await request.patch(`/api/articles/${id}`, {
    headers: { Authorization: `JWT ${token}` },
    data: { _status: status },
  })
  if (response.status() !== 200)
    throw new Error(`status not set: ${response.status()} ${await response.text()}`)
}
