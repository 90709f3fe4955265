/**
 * `npm run bench [-- --engine=sqlite|postgres]`: builds the site against a fresh seeded database
 * (a SQLite file, or a database on a PostgreSQL server: TEST_POSTGRES_URI, else a throw-away
 * cluster; see scripts/reliability/engine.ts), starts it pinned to core 0 and measures it from
 * core 1, side by side with three ceilings, then saves bench/results-<engine>.json and renders
 * bench/RESULTS.md from every engine's results. Figures, not pass/fail. BENCH_SECONDS (15),
 * BENCH_WARMUP_SECONDS (5) and BENCH_CORPUS (10000) shorten a trial run; BENCH_ONLY=admin measures
 * only the admin views (bench/lib/admin.ts), at 100 articles and at BENCH_CORPUS.
 *
 * Search (measureSearch(), at 100 articles and at BENCH_CORPUS) sends the fixed list of
 * bench/setup/searchQueries.ts. Search answers are rendered per request but kept by server.mjs's
 * front cache until the next change: a request whose address ends in a new `&n=…` (ignored by the
 * search) is never answered from memory, and times the search itself.
 */
import path from 'node:path'

import { dropDatabase, redactCredentials } from '@/lib/database'

import {
  engineArgument,
  ENGINE_LABEL,
  postmasterOf,
  startEngine,
  type EngineServer,
} from '../scripts/reliability/engine'

import { articleWithoutJavaScript, lighthouse, pageWeight } from './lib/browser'
import { commandsRun, log, PORTS, RESULTS_FILE, run, SERVER_CPU, writeFile } from './lib/context'
import { measure, measureAsync, measureFreshRenders, type LoadSpec } from './lib/load'
import { describeMachine } from './lib/machine'
import { BARE_NEXT_URL, startBareNext } from './lib/bareNext'
import { CEILING_PATH, removeBenchBuild, withCeilingPage } from './lib/nextCeiling'
import { ensureNginx, startNginx } from './lib/nginx'
import { measureAdmin } from './lib/admin'
import {
  growComments,
  growCorpus,
  prepareDatabase,
  runEnvironment,
  trialIndexes,
} from './lib/prepare'
import {
  pinProcessTree,
  rssMegabytes,
  settle,
  startPinned,
  stopAll,
  waitFor200,
} from './lib/processes'
import { loginEditor, refreshSite, timePublish, timeSearchPublish } from './lib/publish'
import {
  savedResults,
  writeReport,
  type Results,
  type SearchBench,
  type ServingTarget,
} from './lib/report'
import { searchQueries } from './setup/searchQueries'

const SECONDS = Number(process.env.BENCH_SECONDS || 15)
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS || 5)
const CORPUS = Number(process.env.BENCH_CORPUS || 10_000)
const SMALL_CORPUS = 100
/** Comments per published article in the admin views' runs (50,000 at 10,000 articles). */
const COMMENTS_PER_ARTICLE = 5
/** `admin`: only the sections whose name starts with it (the setup always runs). */
const ONLY = process.env.BENCH_ONLY
const CONNECTIONS = [1, 32]
const SEARCH_QUERY = 'security corridor'
/** Search and topic page at 100 vs 10,000 articles: p50 of this many requests, one at a time. */
const CORPUS_REQUESTS = 10
const CORPUS_TIMEOUT_SECONDS = 120
/** The searches of measureSearch(), and how many times the one-connection runs send the whole list. */
const SEARCH_PATHS = searchQueries()
const SEARCH_PASSES = 2
const SEARCH_CONNECTIONS = 32

/** A `uniqueTag` never used before in this run: addresses no earlier request had (nothing kept for them). */
let tags = 0
const freshTag = () => `b${++tags}x`

/** Runs one part of the benchmark; a failure is recorded in RESULTS.md instead of ending the run. */
async function section<T>(
  results: Results,
  name: string,
  work: () => Promise<T> | T,
): Promise<T | undefined> {
  if (ONLY && !name.startsWith(ONLY)) return undefined
  log(`--- ${name}`)
  try {
    return await work()
  } catch (error) {
    log(`${name} failed: ${(error as Error).stack}`)
    results.failures.push(`${name}: ${(error as Error).message.split('\n')[0]}`)
    return undefined
  }
}

function loadRuns(url: string, extra: Partial<LoadSpec> = {}) {
  return CONNECTIONS.map((connections) => ({
    connections,
    result: measure({
      url,
      connections,
      seconds: SECONDS,
      warmupSeconds: WARMUP_SECONDS,
      ...extra,
    }),
  }))
}

/** The exact command of this run: its BENCH_* settings, a TEST_POSTGRES_URI, the engine. */
function benchCommand(engine: EngineServer): string {
  const settings = Object.entries(process.env)
    .filter(([name]) => name.startsWith('BENCH_'))
    .map(([name, value]) => `${name}=${value} `)
  return `${engine.commandPrefix}${settings.join('')}npm run bench -- --engine=${engine.engine}`
}

/** The site's database as the report names it, and the PostgreSQL server's row of the machine table. */
function describeDatabase(engine: EngineServer): { database: string; server?: string } {
  if (engine.engine === 'sqlite')
    return {
      database: 'SQLite file `bench/.work/thinktank-bench/cms.db` (WAL, `synchronous=FULL`)',
    }
  if (!engine.throwawayPort) {
    return {
      database: `PostgreSQL database \`thinktank_bench\` on the server in TEST_POSTGRES_URI`,
      server: `${engine.description}; version and settings not recorded; not pinned (may share either core)`,
    }
  }
  // The server side runs on core 0: the cluster's postmaster, its background processes and (inherited) every backend.
  const postmaster = postmasterOf(engine.throwawayPort)
  const pinned = postmaster ? pinProcessTree(postmaster.pid, SERVER_CPU) : 0
  return {
    database: `PostgreSQL database \`thinktank_bench\` on a throw-away cluster (\`${engine.settings ?? 'settings unknown'}\`)`,
    server: `${engine.version ?? 'PostgreSQL'}, throw-away cluster (scripts/test/throwaway-postgres.mjs) with ${engine.settings ?? 'unknown settings'}; ${pinned ? `pinned to core ${SERVER_CPU} (${pinned} processes, and the backends they fork)` : 'NOT pinned (taskset failed)'}`,
  }
}

/**
 * A BENCH_ONLY run's figures in place of the same parts of the engine's last full run, which keeps
 * the rest; the report names the partial run's command and date.
 */
function mergedIntoSaved(results: Results): Results {
  const previous = savedResults().find((saved) => saved.engine === results.engine) ?? results
  return {
    ...previous,
    admin: results.admin,
    adminRun: { command: results.command, date: results.machine.Date ?? new Date().toISOString() },
    failures: [...previous.failures, ...results.failures.map((failure) => `${ONLY}: ${failure}`)],
  }
}

/** The engine, set up before main() so that the end of the run can stop it whatever happened. */
let engine: EngineServer | undefined
/** The site's database, dropped at the end when it is on a server someone else runs. */
let databaseUri: string | undefined

async function main(): Promise<void> {
  engine = await startEngine(engineArgument('bench'))
  log(`Engine: ${ENGINE_LABEL[engine.engine]}, ${engine.description}`)
  const { database, server: databaseServer } = describeDatabase(engine)
  const machine = describeMachine()
  if (databaseServer) machine['PostgreSQL server'] = databaseServer
  const results: Results = {
    engine: engine.engine,
    command: benchCommand(engine),
    database,
    machine,
    settings: {
      seconds: SECONDS,
      warmupSeconds: WARMUP_SECONDS,
      corpus: CORPUS,
      corpusRequests: CORPUS_REQUESTS,
      corpusTimeoutSeconds: CORPUS_TIMEOUT_SECONDS,
      searchQuery: SEARCH_QUERY,
      searchQueries: SEARCH_PATHS,
      searchPasses: SEARCH_PASSES,
      searchConnections: SEARCH_CONNECTIONS,
    },
    serving: [],
    corpus: [],
    search: [],
    failures: [],
    commands: commandsRun,
  }
  const env = runEnvironment()
  databaseUri = env.tools.DATABASE_URI
  log(`Database ${redactCredentials(databaseUri!)}`)
  const next = env.baseURL

  const { article, credentials, submissionId } = await prepareDatabase(env)
  results.article = article
  await growCorpus(env, SMALL_CORPUS)
  withCeilingPage(() => run('npx', ['next', 'build'], env.production))

  // Cold start: from spawning `next start` on the existing database to the first 200 on the article.
  const spawnedAt = Date.now()
  const server = startPinned(
    'next start',
    SERVER_CPU,
    ['node', 'server.mjs', '-p', String(PORTS.next), '-H', '127.0.0.1'],
    env.production,
    path.join(env.dir, 'next.log'),
  )
  results.coldStartMs = await waitFor200(`${next}/articles/${article.slug}`, server, spawnedAt)
  results.rssAfterStartMB = rssMegabytes(server)

  const articleHtml = Buffer.from(
    await (await fetch(`${next}/articles/${article.slug}`)).arrayBuffer(),
  )
  const ceilingHtml = Buffer.from(await (await fetch(`${next}${CEILING_PATH}`)).arrayBuffer())
  results.sizes = { articleHtml: articleHtml.length, ceilingHtml: ceilingHtml.length }
  const bareNext = await section(results, 'bare Next.js app', () =>
    startBareNext(articleHtml.length, path.join(env.dir, 'bare-next.log')),
  )
  if (bareNext)
    results.sizes.bareNextHtml = (await (await fetch(BARE_NEXT_URL)).arrayBuffer()).byteLength
  const staticFile = writeFile(path.join(env.dir, 'static', 'article.html'), articleHtml)

  const bareNode = ONLY
    ? undefined
    : startPinned(
        'bare node',
        SERVER_CPU,
        ['node', 'bench/ceiling/static-server.mjs', String(PORTS.bareNode), staticFile],
        process.env,
        path.join(env.dir, 'bare-node.log'),
      )
  if (bareNode) await waitFor200(`http://127.0.0.1:${PORTS.bareNode}/`, bareNode)
  const nginx = await section(results, 'nginx', () => {
    results.machine.nginx = ensureNginx()
    return startNginx(path.join(env.dir, 'nginx'), staticFile, PORTS.next)
  })
  if (nginx) await waitFor200(`http://127.0.0.1:${PORTS.nginxStatic}/article.html`, nginx)
  const proxy = `http://127.0.0.1:${PORTS.nginxProxy}`

  const targets: ServingTarget[] = [
    { key: 'article', name: 'Article page', url: `${next}/articles/${article.slug}` },
    { key: 'home', name: 'Home page', url: `${next}/` },
    { key: 'topic', name: 'Topic page', url: `${next}/topics/${article.topicSlug}` },
    { key: 'feed', name: '/feed.xml', url: `${next}/feed.xml` },
    {
      key: 'search',
      name: `/search?q=${SEARCH_QUERY} (one address: from the front cache after the first)`,
      url: `${next}/search?q=${encodeURIComponent(SEARCH_QUERY)}`,
    },
    {
      key: 'bareNode',
      name: 'Ceiling: bare Node http, article bytes from memory',
      url: `http://127.0.0.1:${PORTS.bareNode}/`,
    },
    {
      key: 'nextCeiling',
      name: `Ceiling: trivial prerendered Next page (${CEILING_PATH})`,
      url: `${next}${CEILING_PATH}`,
    },
    ...(bareNext
      ? [
          {
            key: 'bareNext' as const,
            name: 'Ceiling: bare Next.js app, static page of the article’s size',
            url: BARE_NEXT_URL,
          },
        ]
      : []),
    ...(nginx
      ? [
          {
            key: 'nginxStatic' as const,
            name: 'Ceiling: nginx, article bytes from disk',
            url: `http://127.0.0.1:${PORTS.nginxStatic}/article.html`,
          },
          {
            key: 'nginxProxy' as const,
            name: 'Article page through deploy/ nginx (proxy_cache)',
            url: `${proxy}/articles/${article.slug}`,
          },
        ]
      : []),
  ]
  /** A cheap cached page: answers fast again once the server has caught up. */
  const idleProbe = `${next}/feed.xml`
  for (const target of targets) {
    await section(results, `load ${target.name}`, () =>
      results.serving.push({ ...target, runs: loadRuns(target.url) }),
    )
    await settle(idleProbe)
  }
  results.rssAfterLoadMB = rssMegabytes(server)

  const editorLogin = credentials.credentials.find((login) => login.role === 'editor')!
  const editor = await loginEditor(next, editorLogin.email, editorLogin.password)
  /** The admin views as an editor (bench/lib/admin.ts), with COMMENTS_PER_ARTICLE comments an article. */
  const adminRuns = async (articles: number) => {
    const comments = articles * COMMENTS_PER_ARTICLE
    await growCorpus(env, articles)
    await growComments(env, comments)
    results.admin!.push(
      await measureAdmin(
        next,
        editorLogin,
        { articleId: article.id, submissionId },
        { articles, comments },
      ),
    )
    await settle(idleProbe)
  }
  results.admin = []
  const corpusRuns = async () => {
    // Search is rendered per request, each address then kept in memory: every request has its own
    // `&n=`, so each is a search. The topic page is cached, so it is timed right after a save
    // has refreshed the site (the render its queries cost), not as served from the cache.
    const search = [
      {
        connections: 1,
        result: measure({
          url: next,
          paths: [`/search?q=${encodeURIComponent(SEARCH_QUERY)}`],
          uniqueTag: freshTag(),
          connections: 1,
          seconds: 0,
          warmupSeconds: 0,
          amount: CORPUS_REQUESTS,
          timeoutSeconds: CORPUS_TIMEOUT_SECONDS,
        }),
      },
    ]
    await settle(idleProbe)
    const topic = [
      {
        connections: 1,
        result: await measureFreshRenders(
          `${next}/topics/${article.topicSlug}`,
          () => refreshSite(editor, article.topicSlug),
          CORPUS_REQUESTS,
        ),
      },
    ]
    await settle(idleProbe)
    return { search, topic }
  }
  await section(results, `search and topic at ${SMALL_CORPUS} articles`, async () => {
    results.corpus.push({ articles: SMALL_CORPUS, ...(await corpusRuns()) })
  })

  /**
   * The search list (SEARCH_PATHS) at `articles` published articles, into `entry` as each figure
   * comes (a failure keeps the figures before it):
   * - `uncached1`: one connection, the list SEARCH_PASSES times in order, every address with a new
   *   `&n=` (after a warm-up pass under other addresses): the search's own cost;
   * - `repeated1`: the same addresses again, answered from memory;
   * - `cached32`: right after a save (a new cache generation: nothing kept), SEARCH_CONNECTIONS
   *   connections over the list for SECONDS, no warm-up: the first round renders, then memory
   *   answers, as readers would get it;
   * - `uncached32`: the same, after a warm-up, every request with a new `&n=`;
   * - `articleIdle`, then `underLoad`: the article page at one connection alone, then while the
   *   uncached 32-connection search load runs (both autocannon processes on the load core).
   * - `publish`: a search kept in memory, then a publish it must show (timeSearchPublish()).
   */
  const measureSearch = async (entry: SearchBench) => {
    const articleURL = `${next}/articles/${article.slug}`
    const list = { url: next, paths: SEARCH_PATHS, timeoutSeconds: CORPUS_TIMEOUT_SECONDS }
    const oneByOne = {
      ...list,
      uniqueTag: freshTag(),
      connections: 1,
      seconds: 0,
      warmupSeconds: 0,
      amount: SEARCH_PATHS.length * SEARCH_PASSES,
    }
    entry.uncached1 = measure({ ...oneByOne, warmupAmount: SEARCH_PATHS.length })
    entry.repeated1 = measure(oneByOne)
    await settle(idleProbe)

    await refreshSite(editor, article.topicSlug)
    entry.cached32 = measure({
      ...list,
      connections: SEARCH_CONNECTIONS,
      seconds: SECONDS,
      warmupSeconds: 0,
    })
    await settle(idleProbe)
    const uncachedLoad = {
      ...list,
      connections: SEARCH_CONNECTIONS,
      seconds: SECONDS,
      warmupSeconds: WARMUP_SECONDS,
    }
    entry.uncached32 = measure({ ...uncachedLoad, uniqueTag: freshTag() })
    await settle(idleProbe)

    const articleRun = {
      url: articleURL,
      connections: 1,
      seconds: SECONDS,
      warmupSeconds: WARMUP_SECONDS,
    }
    entry.articleIdle = measure(articleRun)
    await settle(idleProbe)
    // Both start together; the search load runs a second longer, so the article's measured
    // seconds fall within it.
    const [search, articleUnderLoad] = await Promise.all([
      measureAsync({ ...uncachedLoad, uniqueTag: freshTag(), seconds: SECONDS + 1 }),
      measureAsync(articleRun),
    ])
    entry.underLoad = { search, article: articleUnderLoad }
    await settle(idleProbe)
    entry.publish = await timeSearchPublish(editor, next, article.slug)
    await settle(idleProbe)
  }
  await section(results, `search list at ${SMALL_CORPUS} articles`, async () => {
    const entry: SearchBench = { articles: SMALL_CORPUS }
    results.search!.push(entry)
    await measureSearch(entry)
  })

  await section(results, `admin views at ${SMALL_CORPUS} articles`, () => adminRuns(SMALL_CORPUS))

  await section(results, 'comment POSTs', async () => {
    results.comments = loadRuns(`${next}/api/comments`, {
      comment: { articleId: article.id },
      warmupSeconds: 0,
    })
    await settle(idleProbe)
  })

  await section(results, 'publish to live (next start)', async () => {
    results.publishDirect = await timePublish(editor, next, article.slug, 'direct')
  })
  if (nginx) {
    await section(results, 'publish to live (through nginx)', async () => {
      results.publishNginx = await timePublish(
        await loginEditor(proxy, editorLogin.email, editorLogin.password),
        proxy,
        article.slug,
        'nginx',
      )
    })
  }

  await section(results, 'page weight', async () => {
    const pages: [string, string][] = [
      ['article', `/articles/${article.slug}`],
      ['home', '/'],
      ['articles', '/articles'],
      ['topic', `/topics/${article.topicSlug}`],
      ['author', `/authors/${article.authorSlug}`],
      ['search', `/search?q=${encodeURIComponent(SEARCH_QUERY)}`],
      ['submit', '/submit'],
      ['about', '/about'],
      ['404', '/no/such/page'],
      // The App Router's own floor, for comparison: an RSC page without any client component of ours.
      ['nextCeiling', CEILING_PATH],
    ]
    results.weight = {}
    for (const [name, pagePath] of pages)
      results.weight[name] = await pageWeight(`${next}${pagePath}`)
    results.noScript = await articleWithoutJavaScript(
      `${next}/articles/${article.slug}`,
      article.words,
      article.comments,
    )
  })
  await section(results, 'lighthouse', () => {
    results.lighthouse = {
      home: lighthouse(`${next}/`, (run) => path.join(env.dir, `lighthouse-home-${run}.json`)),
      article: lighthouse(`${next}/articles/${article.slug}`, (run) =>
        path.join(env.dir, `lighthouse-article-${run}.json`),
      ),
    }
  })

  /** Whether the corpus reached CORPUS articles (its own figures may still have failed). */
  const large = { grown: false }
  await section(results, `corpus of ${CORPUS}`, async () => {
    await growCorpus(env, CORPUS)
    large.grown = true
    results.corpus.push({ articles: CORPUS, ...(await corpusRuns()) })
  })
  if (large.grown)
    await section(results, `search list at ${CORPUS} articles`, async () => {
      const entry: SearchBench = { articles: CORPUS }
      results.search!.push(entry)
      await measureSearch(entry)
    })
  await section(results, `admin views at ${CORPUS} articles`, () => adminRuns(CORPUS))
  // What the migration's locale indexes are worth: the same queries without them, then restored.
  // bench/setup/trial-indexes.ts runs SQLite's SQL: on another engine the trial is skipped, and said so.
  if (ONLY) {
    // Only the sections named by BENCH_ONLY ran.
  } else if (!large.grown) {
    // Its rows would carry the full corpus's number of articles.
    results.trialIndexesSkipped = `the run without the locale indexes was skipped: the corpus did not grow to ${CORPUS} articles.`
  } else if (engine.engine === 'sqlite') {
    await section(results, 'without the locale indexes (bench database only)', async () => {
      await trialIndexes(env, 'drop')
      results.corpus.push({ articles: CORPUS, withoutLocaleIndexes: true, ...(await corpusRuns()) })
      results.trialIndexes = await trialIndexes(env, 'create')
    })
  } else {
    results.trialIndexesSkipped = `the run without the locale indexes was skipped: bench/setup/trial-indexes.ts drops and re-creates them with SQLite's SQL only (the ${ENGINE_LABEL[engine.engine]} migration creates the same indexes).`
  }
  results.rssAtEndMB = rssMegabytes(server)

  const saved = writeReport(ONLY ? mergedIntoSaved(results) : results)
  log(
    `Saved ${saved} and rendered ${RESULTS_FILE}${results.failures.length ? ` (${results.failures.length} part(s) failed, listed there)` : ''}`,
  )
}

main()
  .catch((error: unknown) => {
    console.error('[bench] Failed:', error)
    process.exitCode = 1
  })
  .finally(async () => {
    await stopAll()
    removeBenchBuild()
    // A throw-away cluster goes whole; on a server someone else runs, the bench's database must not stay.
    if (engine?.sharedServer && databaseUri)
      await dropDatabase(databaseUri).catch((error: Error) =>
        log(`Could not drop ${redactCredentials(databaseUri!)}: ${error.message}`),
      )
    engine?.stop()
  })
