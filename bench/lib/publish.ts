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

/** A search's answer kept by the front cache, then a publish that the same address must show. */
export type SearchPublishTiming = {
  /** The search, before the publish: whether its second request was answered from memory. */
  cachedBefore: boolean
  /** Whether the unpublished draft was already among the results (it must not be). */
  draftFound: boolean
  /** From sending the PATCH to the same search address showing the article; null: not within 30 s. */
  shownMs: number | null
}

const cachedAnswer = (response: Response) => response.headers.get('x-thinktank-cache') === 'HIT'

/**
 * That search answers kept in memory refresh on publish: a draft copy of the template article
 * with a word of its own in the title; its search (no result yet) asked twice, the second answered
 * from memory; then the draft published, and the same address polled until it shows the article.
 */
export async function timeSearchPublish(
  editor: Editor,
  siteURL: string,
  templateSlug: string,
): Promise<SearchPublishTiming> {
  const { docs } = (await api(
    editor,
    'GET',
    `/api/articles?where[slug][equals]=${templateSlug}&depth=0&limit=1`,
  )) as { docs: Record<string, unknown>[] }
  const template = docs[0]
  // One word (letters and digits) that no other article holds.
  const word = `searchprobe${Date.now()}`
  const title = `Search probe ${word}`
  const { doc } = (await api(editor, 'POST', '/api/articles?draft=true', {
    title,
    slug: word,
    kind: template.kind,
    standfirst: template.standfirst,
    body: template.body,
    authors: template.authors,
    topics: template.topics,
    commentsEnabled: true,
    _status: 'draft',
  })) as { doc: { id: string | number } }
  const url = `${siteURL}/search?q=${word}`
  // The result's link (its title's words may be marked up as highlighted).
  const link = `/articles/${word}`
  const first = await fetch(url)
  const draftFound = (await first.text()).includes(link)
  const second = await fetch(url)
  await second.arrayBuffer()
  const cachedBefore = cachedAnswer(second)

  const started = Date.now()
  await api(editor, 'PATCH', `/api/articles/${doc.id}`, { _status: 'published' })
  const shownMs = await until(url, link, started).catch(() => null)
  return { cachedBefore, draftFound, shownMs }
}
