/**
 * Two instances of one site, as behind a load balancer: the suite's server (A) and a second
 * `npm start` (B) on the same database, with the same secret, files and settings, from the same
 * build. A change made through one shows on the other (a new cache generation in the database,
 * src/lib/pageCache/generation.ts), and a scheduled publish with the jobs runner on in both
 * happens once (src/jobs/runner.ts). The whole set-up with nginx, object storage and a failover:
 * `npm run cluster:check`.
 */
import path from 'node:path'

import { expect, test, type APIRequestContext } from '@playwright/test'

import { createDraft, editorToken, idsBySlug, lexical, setStatus, type Id } from './content'
import { freePort, run, siteEnv, startServer, stopServer, waitUntilReady } from './global-setup'
import { outbox, readState } from './helpers'

test.skip(({ viewport }) => (viewport?.width ?? 0) < 600, 'servers, not layouts: checked once')
test.skip(
  !/^postgres/.test(process.env.TEST_DATABASE_URI ?? ''),
  'several instances share a database server: the PostgreSQL half of npm test runs this',
)

const ARTICLE = '/articles/russia-priorities-south-caucasus'

let second: { baseURL: string; stop: () => Promise<void> } | undefined
/** The suite's environment as its server has it (global-setup.ts), for B and for scripts. */
const sameSite = () => {
  const state = readState()
  const { prodEnv, toolEnv } = siteEnv(state.tempDir, state.baseURL)
  return {
    prodEnv: { ...prodEnv, PAYLOAD_SECRET: state.secret },
    toolEnv: { ...toolEnv, PAYLOAD_SECRET: state.secret, JOBS_AUTORUN: 'false' },
  }
}

test.beforeAll(async () => {
  test.setTimeout(180_000)
  const state = readState()
  const port = await freePort()
  const logFile = path.join(state.tempDir, 'second-instance.log')
  const server = startServer(sameSite().prodEnv, port, logFile)
  second = { baseURL: `http://127.0.0.1:${port}`, stop: () => stopServer(server.pid) }
  await waitUntilReady(`${second.baseURL}/robots.txt`, server.exited, logFile)
})
test.afterAll(async () => second?.stop())

const onB = (url: string) => `${second!.baseURL}${url}`

const page = async (request: APIRequestContext, url: string) => {
  const response = await request.get(url)
  return {
    status: response.status(),
    body: await response.text(),
    cache: response.headers()['x-nextjs-cache'],
  }
}

/** Asks `url` until this instance serves it from its cache, so that what follows measures a refresh. */
async function cached(request: APIRequestContext, url: string) {
  await expect.poll(async () => (await page(request, url)).cache, { message: url }).toBe('HIT')
}

/** A draft article by one of the seed's authors, made through A's REST API as the editor. */
async function draftBy(request: APIRequestContext, token: string, author: string, title: string) {
  const authors = await idsBySlug(request, 'authors')
  return createDraft(request, token, {
    title,
    standfirst: 'Written through one instance, read through the other.',
    body: lexical('Both instances read one database.'),
    kind: 'analysis',
    authors: [authors[author]],
  })
}

test('a publish and an unpublish through A show on B: the page, the home page and the feed', async ({
  request,
}) => {
  const token = await editorToken(request)
  const title = `Published on A ${Date.now()}`
  const draft = await draftBy(request, token, 'ziya-kazimzada', title)
  for (const url of ['/', '/feed.xml']) await cached(request, onB(url))

  await setStatus(request, token, draft.id, 'published')
  const publishedAt = Date.now()
  await expect
    .poll(async () => (await page(request, onB(`/articles/${draft.slug}`))).status, {
      intervals: [100],
      timeout: 5_000,
    })
    .toBe(200)
  for (const url of ['/', '/feed.xml'])
    await expect
      .poll(async () => (await page(request, onB(url))).body, { intervals: [100], timeout: 5_000 })
      .toContain(title)
  console.info(`[e2e] the publish showed on B after ${Date.now() - publishedAt} ms`)

  await setStatus(request, token, draft.id, 'draft')
  await expect
    .poll(async () => (await page(request, onB(`/articles/${draft.slug}`))).status, {
      intervals: [100],
      timeout: 5_000,
    })
    .toBe(404)
  await expect
    .poll(async () => (await page(request, onB('/'))).body, { intervals: [100], timeout: 5_000 })
    .not.toContain(title)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': '192.0.2.201' } })

  test('a comment posted through B and approved through A shows on both', async ({
    page: browser,
    request,
  }) => {
    const body = `Posted on B, approved on A, ${Date.now()}.`
    await browser.goto(onB(ARTICLE))
    // The form's anti-bot timer wants a few seconds between showing the form and sending it.
    await browser.waitForTimeout(3_500)
    await browser.locator('#comment-authorName').fill('Reader of two servers')
    await browser.locator('#comment-authorEmail').fill(`two-servers-${Date.now()}@example.org`)
    await browser.locator('#comment-body').fill(body)
    await browser.locator('#respond button[type="submit"]').click()
    await expect(browser).toHaveURL(/\?comment=held#comments$/)
    await cached(request, onB(ARTICLE))

    const token = await editorToken(request)
    const auth = { Authorization: `JWT ${token}` }
    const held = (await (
      await request.get(`/api/comments?where[body][equals]=${encodeURIComponent(body)}&depth=0`, {
        headers: auth,
      })
    ).json()) as { docs: { id: Id; status: string }[] }
    expect(held.docs.map((comment) => comment.status)).toEqual(['pending'])
    const approved = await request.patch(`/api/comments/${held.docs[0].id}`, {
      headers: auth,
      data: { status: 'approved' },
    })
    expect(approved.status()).toBe(200)
    for (const url of [onB(ARTICLE), ARTICLE])
      await expect
        .poll(async () => (await page(request, url)).body, { intervals: [100], timeout: 5_000 })
        .toContain(body)
  })
})

test('a scheduled publish, with the jobs runner on in both instances, happens once and mails once', async ({
  request,
}) => {
  test.setTimeout(120_000)
  const token = await editorToken(request)
  const auth = { Authorization: `JWT ${token}` }
  const me = (
    (await (await request.get('/api/users/me', { headers: auth })).json()) as {
      user: { id: Id }
    }
  ).user
  const title = `Scheduled on two instances ${Date.now()}`
  // The intern's own author profile: the "Published" e-mail goes to their account.
  const draft = await draftBy(request, token, 'arzu-bunyad', title)
  // Queued as the admin's "Schedule" drawer does, due in 3 s (the script cluster:check uses).
  run(
    process.execPath,
    [
      '--conditions=development',
      'scripts/run-ts.mjs',
      'scripts/cluster/schedule-task.ts',
      String(draft.id),
      String(me.id),
      '3000',
      path.join(readState().tempDir, `schedule-${draft.id}.json`),
    ],
    sameSite().toolEnv,
    90_000,
  )

  // Both instances' runners tick every 15 s (JOBS_CRON), on the same second.
  await expect
    .poll(async () => (await page(request, onB(`/articles/${draft.slug}`))).status, {
      intervals: [1_000],
      timeout: 60_000,
    })
    .toBe(200)
  // A second runner on the same job would have run it in the same tick: give it that long to show.
  await new Promise((resolve) => setTimeout(resolve, 2_000))

  const versions = (await (
    await request.get(
      `/api/articles/versions?where[parent][equals]=${draft.id}&where[version._status][equals]=published&depth=0`,
      { headers: auth },
    )
  ).json()) as { totalDocs: number }
  expect(versions.totalDocs, 'published versions').toBe(1)
  expect(outbox().filter((mail) => mail.subject === `Published: “${title}”`)).toHaveLength(1)
  // The suite's site goes back to its own published articles, which later specs count.
  await setStatus(request, token, draft.id, 'draft')
})
