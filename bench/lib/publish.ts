/**
 * Publish-to-live: an editor publishes a draft over REST (PATCH `_status: 'published'`), then we
 * poll until the article is served on its page, on the home page and in the feed.
 */
import { sleep } from './context'

export type PublishTiming = { patchMs: number; articleMs: number; homeMs: number; feedMs: number }

type Editor = { apiURL: string; authorization: string }

/**
 * fetch(), once more if the first attempt dies on the connection: after minutes of load runs the
 * pooled keep-alive socket may have been closed by the server, and a POST is not retried for us.
 */
async function request(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init)
  } catch {
    return fetch(url, init)
  }
}

async function api(
  editor: Editor,
  method: string,
  path: string,
  body?: unknown,
): Promise<Record<string, unknown>> {
  const response = await request(`${editor.apiURL}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: editor.authorization },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await response.json()) as Record<string, unknown>
  if (!response.ok)
    throw new Error(
      `${method} ${path} answered ${response.status}: ${JSON.stringify(json).slice(0, 300)}`,
    )
  return json
}

export async function loginEditor(
  apiURL: string,
  email: string,
  password: string,
): Promise<Editor> {
  const response = await request(`${apiURL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const { token } = (await response.json()) as { token?: string }
  if (!token) throw new Error(`Editor login answered ${response.status}`)
  return { apiURL, authorization: `JWT ${token}` }
}

/**
 * An editor's save that changes nothing visible (a topic saved as it is): like any save, it makes
 * the site drop its cached pages (src/lib/revalidate.ts).
 */
export async function refreshSite(editor: Editor, topicSlug: string): Promise<void> {
  const found = await api(
    editor,
    'GET',
    `/api/topics?where[slug][equals]=${encodeURIComponent(topicSlug)}&depth=0&limit=1`,
  )
  const [topic] = found.docs as { id: string | number }[]
  if (!topic) throw new Error(`No topic "${topicSlug}" to save`)
  await api(editor, 'PATCH', `/api/topics/${topic.id}`, {})
}

/** Polls `url` until its body contains `marker`; milliseconds since `since`. */
async function until(
  url: string,
  marker: string,
  since: number,
  timeoutMs = 30_000,
): Promise<number> {
  while (Date.now() - since < timeoutMs) {
    const response = await fetch(url)
    const text = await response.text()
    if (response.status === 200 && text.includes(marker)) return Date.now() - since
    await sleep(25)
  }
  throw new Error(`${url} did not show "${marker}" within ${timeoutMs / 1000} s`)
}

/**
 * Creates a draft copy of the bench article under a new title and slug, publishes it, and times
 * its appearance as served from `siteURL` (next start directly, or nginx in front of it).
 */
export async function timePublish(
  editor: Editor,
  siteURL: string,
  templateSlug: string,
  label: string,
): Promise<PublishTiming> {
  const { docs } = (await api(
    editor,
    'GET',
    `/api/articles?where[slug][equals]=${templateSlug}&depth=0&limit=1`,
  )) as { docs: Record<string, unknown>[] }
  const template = docs[0]
  const stamp = `${label}${Date.now()}`
  const title = `Publish probe ${stamp}`
  const slug = `publish-probe-${stamp.toLowerCase()}`
  const { doc } = (await api(editor, 'POST', '/api/articles?draft=true', {
    title,
    slug,
    kind: template.kind,
    standfirst: template.standfirst,
    body: template.body,
    authors: template.authors,
    topics: template.topics,
    commentsEnabled: true,
    _status: 'draft',
  })) as { doc: { id: string | number } }

  const started = Date.now()
  await api(editor, 'PATCH', `/api/articles/${doc.id}`, { _status: 'published' })
  const patchMs = Date.now() - started
  // Polling starts once the write is committed: a request for the page before that would be a 404.
  const [articleMs, homeMs, feedMs] = await Promise.all([
    until(`${siteURL}/articles/${slug}`, title, started),
    until(`${siteURL}/`, title, started),
    until(`${siteURL}/feed.xml`, title, started),
  ])
  return { patchMs, articleMs, homeMs, feedMs }
}
