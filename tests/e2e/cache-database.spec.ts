/**
 * A cache that belongs to its database (page-cache-handler.mjs, src/lib/pageCache/generation.ts):
 * servers started from this suite's one build on other databases than the suite's own serve their
 * own content from their first request; a restore is served from the first request after it; the
 * build holds nothing from the database it was made beside; and /healthz answers for the database
 * and the file store.
 * The extra servers run beside the suite's shared one, from the same .next/ folder.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, test, type APIRequestContext } from '@playwright/test'

import { dropDatabase } from '@/lib/database'
import { GENERATION_CHECK_MS } from '@/lib/pageCache/generation'

import { freePort, siteEnv, startServer, stopServer, waitUntilReady } from './global-setup'
import { ROOT } from './helpers'

/** An `npm start` of the suite's build on a database of its own, in a temporary folder. */
type Site = {
  baseURL: string
  tempDir: string
  toolEnv: NodeJS.ProcessEnv
  stop: () => Promise<void>
}

const sites: Site[] = []

async function startSite(tempDir: string, env: Partial<NodeJS.ProcessEnv> = {}): Promise<Site> {
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  const { prodEnv, toolEnv } = siteEnv(tempDir, baseURL)
  const logFile = path.join(tempDir, 'server.log')
  const server = startServer({ ...prodEnv, ...env }, port, logFile)
  const site = { baseURL, tempDir, toolEnv, stop: () => stopServer(server.pid) }
  sites.push(site)
  // robots.txt reads no content, so the first page request of a test is the site's first one.
  await waitUntilReady(`${baseURL}/robots.txt`, server.exited, logFile)
  return site
}

test.afterAll(async () => {
  for (const site of sites) {
    await site.stop()
    if (process.env.E2E_KEEP_TEMP !== '1') {
      await dropDatabase(site.toolEnv.DATABASE_URI!).catch(() => undefined)
      fs.rmSync(site.tempDir, { recursive: true, force: true })
    }
  }
})

/** The suite's database: slugs of its published articles and its authors (plain ASCII, never escaped in a page). */
async function suiteSlugs(request: APIRequestContext): Promise<string[]> {
  const slugs = async (collection: string, where = '') => {
    const response = await request.get(
      `/api/${collection}?depth=0&limit=100&select[slug]=true${where}`,
    )
    expect(response.status()).toBe(200)
    return ((await response.json()) as { docs: { slug: string }[] }).docs.map((doc) => doc.slug)
  }
  const all = [
    ...(await slugs('articles', '&where[_status][equals]=published')),
    ...(await slugs('authors')),
  ]
  expect(all.length).toBeGreaterThan(3)
  return all
}

const text = async (request: APIRequestContext, url: string) => {
  const response = await request.get(url)
  expect(response.status(), url).toBe(200)
  return { body: await response.text(), cache: response.headers()['x-nextjs-cache'] }
}

const PUBLIC_URLS = ['/', '/articles', '/authors', '/feed.xml', '/sitemap.xml']

const tempFolder = () => fs.mkdtempSync(path.join(os.tmpdir(), 'thinktank-cachedb-'))

/** Runs `npm run backup` / `npm run restore` as an operator would, with the site's variables. */
function snapshotCommand(site: Site, command: 'backup' | 'restore', folder: string): void {
  execFileSync(
    'node',
    ['--conditions=development', 'scripts/run-ts.mjs', 'src/backup/cli.ts', command, folder],
    { cwd: ROOT, env: site.toolEnv, stdio: 'inherit', timeout: 120_000 },
  )
}

test('the build holds no content of the database it was built beside', async ({ request }) => {
  const slugs = await suiteSlugs(request)
  // What `next build` wrote: everything in .next/ except the page cache the servers fill since
  // (route-cache/), Next's runtime caches (cache/: fetches, images), `next dev`'s own folder (dev/:
  // the dev-mode spec runs it in this folder, and its trace names the pages it rendered), and the file
  // traces (*.nft.json: lists of source files, the demo content's Markdown among them, named like
  // its articles).
  const files = fs
    .readdirSync(path.join(ROOT, '.next'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.nft.json'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !/[/\\](route-cache|cache)[/\\]/.test(path.relative(ROOT, file)))
    .filter((file) => !/^\.next[/\\]dev[/\\]/.test(path.relative(ROOT, file)))
  expect(files.length).toBeGreaterThan(100)
  for (const file of files) {
    const contents = fs.readFileSync(file, 'latin1')
    const found = slugs.find((slug) => contents.includes(slug))
    expect(found, `${path.relative(ROOT, file)} holds "${found}"`).toBeUndefined()
  }
})

test('two servers from one build on two databases each serve their own content from the first request', async ({
  request,
}) => {
  test.setTimeout(180_000)
  const slugs = await suiteSlugs(request)
  // The suite's server has every public page cached (the second visit is a hit).
  for (const url of PUBLIC_URLS) await text(request, url)
  for (const url of PUBLIC_URLS) {
    const { body, cache } = await text(request, url)
    expect(cache, url).toBe('HIT')
    expect(
      slugs.some((slug) => body.includes(slug)),
      url,
    ).toBe(true)
  }

  // A second site from the same build folder, on a new database (migrated by its start).
  const other = await startSite(tempFolder())
  for (const url of PUBLIC_URLS) {
    const { body, cache } = await text(request, `${other.baseURL}${url}`)
    expect(cache, `first ${url} on the new site`).not.toBe('HIT')
    const leaked = slugs.find((slug) => body.includes(slug))
    expect(leaked, `${url} on the new site shows the suite's "${leaked}"`).toBeUndefined()
  }
  expect((await text(request, `${other.baseURL}/`)).body).toContain('No articles yet.')

  // …and the suite's server still serves its own pages, from its own cache.
  for (const url of PUBLIC_URLS) {
    const { body } = await text(request, url)
    expect(
      slugs.some((slug) => body.includes(slug)),
      url,
    ).toBe(true)
  }
})

/**
 * Takes a snapshot of `site`, then makes a change after it that the site caches: a topic, listed on
 * the home page and in the sitemap. Returns the snapshot's folder and what each address shows of it.
 */
async function snapshotThenCacheAChange(request: APIRequestContext, site: Site) {
  const snapshot = path.join(site.tempDir, 'snapshot')
  snapshotCommand(site, 'backup', snapshot)
  const register = await request.post(`${site.baseURL}/api/users/first-register`, {
    data: { email: 'admin@example.org', password: 'a long test password 1', name: 'Admin' },
  })
  expect(register.status()).toBe(200)
  const { token } = (await register.json()) as { token: string }
  const topic = `Restore probe ${Date.now()}`
  const created = await request.post(`${site.baseURL}/api/topics`, {
    headers: { Authorization: `JWT ${token}` },
    data: { name: topic },
  })
  expect(created.status()).toBe(201)
  const { slug } = ((await created.json()) as { doc: { slug: string } }).doc
  const shows = { '/': topic, '/sitemap.xml': `/topics/${slug}` }
  for (const [url, what] of Object.entries(shows)) {
    await expect
      .poll(async () => (await text(request, `${site.baseURL}${url}`)).body)
      .toContain(what)
    expect((await text(request, `${site.baseURL}${url}`)).cache, url).toBe('HIT')
  }
  return { snapshot, shows }
}

test('after npm run restore the site serves the restored content from its first request', async ({
  request,
}) => {
  test.setTimeout(240_000)
  const tempDir = tempFolder()
  let site = await startSite(tempDir)
  const { snapshot, shows } = await snapshotThenCacheAChange(request, site)

  // As operators.md says: stop the server, restore, start it again.
  await site.stop()
  snapshotCommand(site, 'restore', snapshot)
  site = await startSite(tempDir)
  for (const [url, what] of Object.entries(shows)) {
    const { body, cache } = await text(request, `${site.baseURL}${url}`)
    expect(cache, url).not.toBe('HIT')
    expect(body, url).not.toContain(what)
  }
})

test('a restore into a running PostgreSQL site shows within GENERATION_CHECK_MS', async ({
  request,
}) => {
  test.skip(
    !/^postgres/.test(process.env.TEST_DATABASE_URI ?? ''),
    'SQLite is restored with the server stopped (operators.md)',
  )
  test.setTimeout(240_000)
  const site = await startSite(tempFolder())
  const { snapshot, shows } = await snapshotThenCacheAChange(request, site)

  snapshotCommand(site, 'restore', snapshot)
  const restoredAt = Date.now()
  for (const [url, what] of Object.entries(shows)) {
    await expect
      .poll(async () => (await text(request, `${site.baseURL}${url}`)).body, {
        intervals: [100],
        timeout: GENERATION_CHECK_MS + 1_000,
      })
      .not.toContain(what)
  }
  console.info(`[e2e] the restore showed after ${Date.now() - restoredAt} ms`)
})

test('/healthz answers 200 while the database and file store answer, 503 without either, and is never cached', async ({
  request,
}) => {
  test.setTimeout(120_000)
  const healthy = await request.get('/healthz')
  expect(healthy.status()).toBe(200)
  expect(await healthy.text()).toBe('ok\n')
  expect(healthy.headers()['cache-control']).toBe('no-store')
  expect(healthy.headers()['x-nextjs-cache']).toBeUndefined()

  // A site whose PostgreSQL server is down: nothing listens at its address.
  const closedPort = await freePort()
  const down = await startSite(tempFolder(), {
    DATABASE_URI: `postgres://cms:secret@127.0.0.1:${closedPort}/thinktank`,
  })
  const answer = await request.get(`${down.baseURL}/healthz`)
  expect(answer.status()).toBe(503)
  const body = await answer.text()
  expect(body).toBe('unavailable\n')
  expect(answer.headers()['cache-control']).toBe('no-store')

  // A site whose database answers but whose object store does not: it cannot take uploads either.
  const noStore = await startSite(tempFolder(), {
    S3_BUCKET: 'thinktank-uploads',
    S3_ENDPOINT: `http://127.0.0.1:${closedPort}`,
    S3_FORCE_PATH_STYLE: 'true',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
  })
  const withoutStore = await request.get(`${noStore.baseURL}/healthz`)
  expect(withoutStore.status()).toBe(503)
  expect(await withoutStore.text()).toBe('unavailable\n')
})
