/**
 * Attacks on the production server itself (`npm start`: server.mjs, with the tests standing in
 * for the trusted proxy, TRUSTED_PROXIES=loopback): a header the client invents does not make it
 * another address, the form routes refuse over-size bodies while reading them, and only the
 * browser that wrote an approved comment is trusted as its author.
 */
import { expect, test, type APIRequestContext } from '@playwright/test'

import { chunkedBody } from '../helpers/files'
import { nextTestIp } from '../helpers/hostileInput'
import { createDraft, editorToken, idsBySlug, lexical, setStatus, type Id } from './content'
import { readState } from './helpers'

test.skip(({ viewport }) => (viewport?.width ?? 0) < 600, 'endpoint tests, not layout ones')

test('a client cannot pose as another connection: the server replaces our connection header', async ({
  request,
}) => {
  const address = nextTestIp()
  const statuses: number[] = []
  for (let attempt = 0; attempt < 11; attempt++) {
    const response = await request.post('/api/users/login', {
      headers: {
        'x-forwarded-for': address,
        'x-thinktank-connection-address': `203.0.113.${attempt + 1}`,
        'x-real-ip': `203.0.113.${attempt + 1}`,
      },
      data: { email: `nobody-${attempt}-${Date.now()}@example.org`, password: 'guess' },
    })
    statuses.push(response.status())
  }
  expect(statuses).toEqual([...Array(10).fill(401), 429])
})

test.describe('over-size bodies', () => {
  const send = (path: string, bytes: number, type: string) =>
    fetch(`${readState().baseURL}${path}`, {
      method: 'POST',
      headers: {
        'content-type': type,
        accept: 'application/json',
        'x-forwarded-for': nextTestIp(),
      },
      body: chunkedBody(bytes),
      duplex: 'half',
    } as RequestInit)

  test('are refused with 413 while being read, without Content-Length, on the forms and the API', async () => {
    expect((await send('/comments', 1024 * 1024, 'application/x-www-form-urlencoded')).status).toBe(
      413,
    )
    expect(
      (await send('/submissions', 11 * 1024 * 1024, 'multipart/form-data; boundary=x')).status,
    ).toBe(413)
    expect(
      (await send('/subscriptions', 256 * 1024, 'application/x-www-form-urlencoded')).status,
    ).toBe(413)
    // The app's own REST and GraphQL routes (src/app/(payload)/api), not only the helper they use.
    expect((await send('/api/users/login', 11 * 1024 * 1024, 'application/json')).status).toBe(413)
    expect((await send('/api/graphql', 11 * 1024 * 1024, 'application/json')).status).toBe(413)
  })
})

test.describe('hold first-time commenters', () => {
  let token: string
  const setMode = (request: APIRequestContext, moderationMode: string) =>
    request.post('/api/globals/site-settings', {
      headers: { Authorization: `JWT ${token}` },
      data: { commentPolicy: { moderationMode, linkLimit: 2 } },
    })

  test.beforeAll(async ({ request }) => {
    token = await editorToken(request)
    expect((await setMode(request, 'hold-first-time')).status()).toBe(200)
  })
  test.afterAll(async ({ request }) => {
    await setMode(request, 'hold-all')
  })

  test('publishes a returning commenter from their own browser only, not someone typing their e-mail', async ({
    request,
    playwright,
  }) => {
    const authors = await idsBySlug(request, 'authors')
    const article = await createDraft(request, token, {
      title: `Returning commenters ${Date.now()}`,
      standfirst: 'Who may skip the queue.',
      body: lexical('An article for the returning-commenter test.'),
      kind: 'analysis',
      authors: [Object.values(authors)[0]],
      commentsEnabled: true,
    })
    await setStatus(request, token, article.id, 'published')
    const email = `returning-${Date.now()}@example.org`
    const { baseURL } = readState()
    const author = await playwright.request.newContext({ baseURL })
    const impostor = await playwright.request.newContext({ baseURL })
    const formToken = ((await (await author.get('/comments/token')).json()) as { token: string })
      .token
    // The form refuses what is sent faster than a person could write it.
    await new Promise((resolve) => setTimeout(resolve, 3_200))
    const comment = (reader: APIRequestContext, body: string) =>
      reader
        .post('/comments', {
          headers: { accept: 'application/json', 'x-forwarded-for': nextTestIp() },
          form: {
            article: String(article.id),
            locale: 'en',
            authorName: 'Returning Reader',
            authorEmail: email,
            body,
            token: formToken,
          },
        })
        .then(async (response) => ({
          http: response.status(),
          ...((await response.json()) as { status: string; comment?: { id: Id } }),
        }))

    const first = await comment(author, 'My first comment here.')
    expect(first).toMatchObject({ http: 201, status: 'held' })
    const approved = await request.patch(`/api/comments/${first.comment!.id}`, {
      headers: { Authorization: `JWT ${token}` },
      data: { status: 'approved' },
    })
    expect(approved.status()).toBe(200)

    expect(await comment(author, 'Back again, from my own browser.')).toMatchObject({
      status: 'published',
    })
    expect(await comment(impostor, 'Pretending to be them.')).toMatchObject({ status: 'held' })
    await Promise.all([author.dispose(), impostor.dispose()])
    await setStatus(request, token, article.id, 'draft')
  })
})
