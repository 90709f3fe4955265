/** What an editor and a reader do over the site's REST API, against one instance or nginx. */
import { multipart, request, type Answer } from './http'

export type Id = string
export type Editor = { token: string; id: Id }

const json = (token?: string) => ({
  'content-type': 'application/json',
  ...(token ? { authorization: `JWT ${token}` } : {}),
})

/** The answer, or an error naming the request and what came back. */
export async function expectStatus(
  what: string,
  answer: Promise<Answer>,
  ...statuses: number[]
): Promise<Answer> {
  const got = await answer
  if (!statuses.includes(got.status))
    throw new Error(
      `${what}: HTTP ${got.status} (expected ${statuses.join(' or ')}): ${got.text().slice(0, 500)}`,
    )
  return got
}

export async function login(base: string, email: string, password: string): Promise<Editor> {
  const answer = await expectStatus(
    `login as ${email}`,
    request(`${base}/api/users/login`, {
      method: 'POST',
      headers: json(),
      body: JSON.stringify({ email, password }),
    }),
    200,
  )
  const { token, user } = answer.json<{ token: string; user: { id: Id } }>()
  return { token, id: user.id }
}

/** Ids of the seeded authors, by slug (anonymous: authors are public). */
export async function authorIds(base: string): Promise<Record<string, Id>> {
  const answer = await expectStatus(
    'authors',
    request(`${base}/api/authors?limit=100&depth=0`),
    200,
  )
  const { docs } = answer.json<{ docs: { id: Id; slug: string }[] }>()
  return Object.fromEntries(docs.map((doc) => [doc.slug, doc.id]))
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

/** A draft article by the given authors (ids), with comments open. */
export async function createDraft(
  base: string,
  editor: Editor,
  title: string,
  authors: Id[],
): Promise<{ id: Id; slug: string }> {
  const body = {
    title,
    standfirst: 'Written by the cluster check.',
    body: {
      root: {
        type: 'root',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        children: [paragraph(`${title}: a paragraph.`)],
      },
    },
    kind: 'analysis',
    authors,
    commentsEnabled: true,
  }
  const answer = await expectStatus(
    `draft "${title}"`,
    request(`${base}/api/articles?draft=true`, {
      method: 'POST',
      headers: json(editor.token),
      body: JSON.stringify(body),
    }),
    201,
  )
  return answer.json<{ doc: { id: Id; slug: string } }>().doc
}

/** Publishes the article; resolves with the answer (its `at` is when the publish was answered). */
export const publish = (base: string, editor: Editor, id: Id) =>
  expectStatus(
    `publish ${id}`,
    request(`${base}/api/articles/${id}`, {
      method: 'PATCH',
      headers: json(editor.token),
      body: JSON.stringify({ _status: 'published' }),
    }),
    200,
  )

/** The documents of `collection` whose `field` equals `value`, as an editor sees them. */
export async function findBy<T>(
  base: string,
  editor: Editor,
  collection: string,
  field: string,
  value: string,
): Promise<T[]> {
  const query = `where[${field}][equals]=${encodeURIComponent(value)}&depth=0&limit=10`
  const answer = await expectStatus(
    `${collection} where ${field} = ${value}`,
    request(`${base}/api/${collection}?${query}`, { headers: json(editor.token) }),
    200,
  )
  return answer.json<{ docs: T[] }>().docs
}

export const approveComment = (base: string, editor: Editor, id: Id) =>
  expectStatus(
    `approve comment ${id}`,
    request(`${base}/api/comments/${id}`, {
      method: 'PATCH',
      headers: json(editor.token),
      body: JSON.stringify({ status: 'approved' }),
    }),
    200,
  )

/** An upload as Payload's REST API takes one: the fields as `_payload`, and the file. */
export async function upload(
  url: string,
  fields: object,
  file: { bytes: Buffer; name: string; type: string },
  headers: Record<string, string> = {},
  from?: string,
): Promise<Answer> {
  const form = new FormData()
  form.append('_payload', JSON.stringify(fields))
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  const { body, contentType } = await multipart(form)
  return request(url, {
    method: 'POST',
    headers: { ...headers, 'content-type': contentType },
    body,
    from,
  })
}

/** The oldest published article that takes comments: seeded, so every instance has had it from the start. */
export async function seededArticle(base: string): Promise<{ id: Id; slug: string }> {
  const query =
    'where[_status][equals]=published&where[commentsEnabled][equals]=true&sort=createdAt&limit=1&depth=0'
  const answer = await expectStatus(
    'a seeded article',
    request(`${base}/api/articles?${query}`),
    200,
  )
  const [article] = answer.json<{ docs: { id: Id; slug: string }[] }>().docs
  if (!article) throw new Error('The seed left no published article that takes comments')
  return article
}
