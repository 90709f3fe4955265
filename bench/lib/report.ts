/**
 * bench/RESULTS.md: the figures, the targets they meet or miss, and the commands, for every engine
 * measured. Each run saves its own figures as bench/results-<engine>.json (committed); RESULTS.md is
 * rendered from the JSON files present, the engines side by side in every table
 * (`node --conditions=development scripts/run-ts.mjs bench/render.ts` renders it again without measuring). It links bench/ANALYSIS.md, the
 * hand-written causes and fixes, rather than copying it.
 */
import fs from 'node:fs'

import { ENGINE_LABEL, ENGINES, type EngineChoice } from '../../scripts/reliability/engine'

import { adminSection } from './adminReport'
import type { AdminBench } from './admin'
import type { LighthouseScores, NoScriptCheck, Weight } from './browser'
import { RESULTS_FILE, resultsJson, writeFile } from './context'
import type { LoadResult } from './load'
import { n0, table, verdict } from './markdown'
import type { BenchArticle } from './prepare'
import type { PublishTiming, SearchPublishTiming } from './publish'

export type Run = { connections: number; result: LoadResult }
export type ServingTarget = {
  key:
    | 'article'
    | 'home'
    | 'topic'
    | 'feed'
    | 'search'
    | 'bareNode'
    | 'nextCeiling'
    | 'bareNext'
    | 'nginxStatic'
    | 'nginxProxy'
  name: string
  url: string
}

/**
 * The search list (bench/setup/searchQueries.ts) at one corpus size; bench/run.ts measureSearch()
 * says how each figure is made. Every field is absent when its measurement did not run.
 */
export type SearchBench = {
  articles: number
  /** One connection, the list in order, every address new: the search's own cost. */
  uncached1?: LoadResult
  /** The same addresses again: answered from memory. */
  repeated1?: LoadResult
  /** 32 connections over the list right after a save: first round rendered, then from memory. */
  cached32?: LoadResult
  /** 32 connections over the list, every address new. */
  uncached32?: LoadResult
  /** The article page at one connection, alone. */
  articleIdle?: LoadResult
  /** The article page at one connection while the uncached 32-connection search load runs. */
  underLoad?: { search: LoadResult; article: LoadResult }
  publish?: SearchPublishTiming
}

export type Results = {
  engine: EngineChoice
  /** The exact command of the run, settings included. */
  command: string
  /** Where the site's database was (and the database server's settings that bear on the figures). */
  database: string
  machine: Record<string, string>
  settings: {
    seconds: number
    warmupSeconds: number
    corpus: number
    corpusRequests: number
    corpusTimeoutSeconds: number
    searchQuery: string
    /** The search list's paths (absent in runs made before it). */
    searchQueries?: string[]
    searchPasses?: number
    searchConnections?: number
  }
  article?: BenchArticle
  sizes?: { articleHtml: number; ceilingHtml: number; bareNextHtml?: number }
  coldStartMs?: number
  rssAfterStartMB?: number
  rssAfterLoadMB?: number
  rssAtEndMB?: number
  serving: (ServingTarget & { runs: Run[] })[]
  comments?: Run[]
  publishDirect?: PublishTiming
  publishNginx?: PublishTiming
  /** Per page: the reading pages, and `nextCeiling` (the App Router's floor). */
  weight?: Record<string, Weight>
  noScript?: NoScriptCheck
  lighthouse?: Record<'home' | 'article', { runs: LighthouseScores[]; lowest: LighthouseScores }>
  corpus: { articles: number; withoutLocaleIndexes?: boolean; search?: Run[]; topic?: Run[] }[]
  /** The search list at 100 articles and at the full corpus. */
  search?: SearchBench[]
  trialIndexes?: string[]
  /** The admin views at 100 articles and at the full corpus (bench/lib/admin.ts). */
  admin?: AdminBench[]
  /** When the admin figures come from a `BENCH_ONLY=admin` run: its command and date. */
  adminRun?: { command: string; date: string }
  /** Why the locale-index trial did not run on this engine. */
  trialIndexesSkipped?: string
  failures: string[]
  /** Every command the run executed, in order. */
  commands: string[]
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

const at = (runs: Run[] | undefined, connections: number) =>
  runs?.find((run) => run.connections === connections)?.result
const label = (results: Results) => ENGINE_LABEL[results.engine]

/** The serving targets of every run, in the order measured, each engine's rows next to each other. */
function servingTable(all: Results[]): string {
  const keys = [...new Set(all.flatMap((results) => results.serving.map((target) => target.key)))]
  const rows = keys.flatMap((key) =>
    all
      .flatMap((results) => {
        const target = results.serving.find((each) => each.key === key)
        return (target?.runs ?? []).map((run) => ({ results, target: target!, run }))
      })
      .sort((a, b) => a.run.connections - b.run.connections)
      .map(({ results, target, run: { connections, result } }) => [
        target.name,
        label(results),
        connections,
        n0(result.requestsPerSecond),
        result.p50,
        result.p99,
        n0(result.requests),
        result.non2xx,
        `${result.errors} / ${result.timeouts}`,
        n0(result.bytesPerRequest),
      ]),
  )
  return table(
    [
      'Target',
      'Engine',
      'Conns',
      'req/s',
      'p50 ms',
      'p99 ms',
      'Requests',
      'Non-2xx',
      'Errors / timeouts',
      'Bytes/response',
    ],
    rows,
  )
}

/** Each target of issue #7 with the figure it is judged on, per engine: [target, figure, verdict] rows. */
function targetRows(results: Results): string[][] {
  const serving = (key: ServingTarget['key'], connections = 32) =>
    at(results.serving.find((target) => target.key === key)?.runs, connections)
  const article = serving('article')
  const nextCeiling = serving('nextCeiling')
  const bareNext = serving('bareNext')
  const nginxStatic = serving('nginxStatic')
  const proxied = serving('nginxProxy')
  const ratio = (a?: LoadResult, b?: LoadResult) =>
    a && b ? a.requestsPerSecond / b.requestsPerSecond : undefined
  const pct = (value?: number) => (value === undefined ? '–' : `${(value * 100).toFixed(0)} %`)
  const articleVsNext = ratio(article, nextCeiling)
  const articleVsBareNext = ratio(article, bareNext)
  const proxyVsNginx = ratio(proxied, nginxStatic)
  /** p50 at 10,000 over p50 at 100; Infinity when no request at 10,000 answered before the timeout. */
  const p50Ratio = (key: 'search' | 'topic', withoutLocaleIndexes = false) => {
    const large = results.corpus.find(
      (entry) =>
        entry.articles > 100 && Boolean(entry.withoutLocaleIndexes) === withoutLocaleIndexes,
    )
    const [small, big] = [results.corpus[0]?.[key], large?.[key]].map((runs) => at(runs, 1))
    if (!small?.requests || !big) return undefined
    return big.requests ? big.p50 / Math.max(1, small.p50) : Infinity
  }
  const searchRatio = p50Ratio('search')
  const topicRatio = p50Ratio('topic')
  const unindexedSearchRatio = p50Ratio('search', true)
  const unindexedTopicRatio = p50Ratio('topic', true)
  const times = (ratio?: number) =>
    ratio === undefined
      ? '–'
      : ratio === Infinity
        ? 'every request timed out'
        : `${ratio.toFixed(1)} ×`
  const publish = results.publishDirect
  const slowestPublish = publish && Math.max(publish.articleMs, publish.homeMs, publish.feedMs)
  const nginxPublish =
    results.publishNginx &&
    Math.max(
      results.publishNginx.articleMs,
      results.publishNginx.homeMs,
      results.publishNginx.feedMs,
    )
  const readingPages = Object.entries(results.weight ?? {})
    .filter(([page]) => page !== 'nextCeiling')
    .map(([page, weight]) => ({ page, ...weight }))
  const mostScript = readingPages.toSorted((a, b) => b.jsGzip - a.jsGzip)[0]
  const rows: string[][] = [
    [
      'Cached article vs the in-app trivial Next page’s req/s (32 conns; it pays the app’s rewrites and headers)',
      pct(articleVsNext),
      'for information',
    ],
    [
      'Cached article ≥ 90 % of a bare Next.js app’s static page of its size, req/s (32 conns)',
      pct(articleVsBareNext),
      verdict(articleVsBareNext === undefined ? undefined : articleVsBareNext >= 0.9),
    ],
    [
      'Article p99 ≤ 50 ms at 32 connections',
      `${article?.p99 ?? '–'} ms`,
      verdict(article && article.p99 <= 50),
    ],
    [
      'Article through deploy/ nginx ≥ 70 % of nginx’s static ceiling (32 conns)',
      pct(proxyVsNginx),
      verdict(proxyVsNginx === undefined ? undefined : proxyVsNginx >= 0.7),
    ],
    [
      'A publish shows through nginx within 2 s (page, home, feed)',
      nginxPublish === undefined ? '–' : `${nginxPublish} ms`,
      verdict(nginxPublish === undefined ? undefined : nginxPublish <= 2000),
    ],
    [
      'Search p50 at 10,000 articles ≤ 2 × p50 at 100 (1 conn)',
      times(searchRatio),
      verdict(searchRatio === undefined ? undefined : searchRatio <= 2),
    ],
    [
      'Topic page p50 at 10,000 articles ≤ 2 × p50 at 100 (1 conn)',
      times(topicRatio),
      verdict(topicRatio === undefined ? undefined : topicRatio <= 2),
    ],
    [
      '… the same without the locale indexes (search / topic)',
      `${times(unindexedSearchRatio)} / ${times(unindexedTopicRatio)}`,
      'for information',
    ],
    [
      'Publish-to-live ≤ 1 s (page, home and feed, next start)',
      slowestPublish === undefined ? '–' : `${slowestPublish} ms`,
      verdict(slowestPublish === undefined ? undefined : slowestPublish <= 1000),
    ],
    [
      'Every reading page’s JavaScript ≤ 15 KB gzip (most of any page)',
      mostScript ? `${kb(mostScript.jsGzip)} (${mostScript.page})` : '–',
      verdict(mostScript && mostScript.jsGzip <= 15 * 1024),
    ],
    [
      'Bench article HTML ≤ 55 KB',
      results.weight?.article ? kb(results.weight.article.htmlBytes) : '–',
      verdict(results.weight?.article && results.weight.article.htmlBytes <= 55 * 1024),
    ],
    [
      'One stylesheet, the only render-blocking resource (every reading page)',
      readingPages.length
        ? `${Math.max(...readingPages.map((page) => page.cssFiles))} at most`
        : '–',
      verdict(readingPages.length ? readingPages.every((page) => page.cssFiles === 1) : undefined),
    ],
    ...(['home', 'article'] as const).map((page) => {
      const lowest = results.lighthouse?.[page]?.lowest
      const scores = lowest && [
        lowest.performance,
        lowest.accessibility,
        lowest.bestPractices,
        lowest.seo,
      ]
      return [
        `Lighthouse mobile 100 / 100 / 100 / 100 on the ${page} page (lowest of ${results.lighthouse?.[page]?.runs.length ?? 3} runs)`,
        scores ? scores.join(' / ') : '–',
        verdict(scores && scores.every((score) => score === 100)),
      ]
    }),
    [
      'Article complete with JavaScript off',
      results.noScript ? String(results.noScript.complete) : '–',
      verdict(results.noScript?.complete),
    ],
    [
      'Cold start ≤ 3 s (spawn → first 200 on the article)',
      `${results.coldStartMs ?? '–'} ms`,
      verdict(results.coldStartMs === undefined ? undefined : results.coldStartMs <= 3000),
    ],
    [
      'Server RSS ≤ 350 MB after the load runs',
      `${results.rssAfterLoadMB ?? '–'} MB`,
      verdict(results.rssAfterLoadMB === undefined ? undefined : results.rssAfterLoadMB <= 350),
    ],
  ]
  return rows
}

/** The targets with each engine's figure and verdict side by side. */
function targetsTable(all: Results[]): string {
  const perEngine = all.map(targetRows)
  const rows = perEngine[0].map((row, index) => [
    row[0],
    ...perEngine.flatMap((rowsOfEngine) => rowsOfEngine[index].slice(1)),
  ])
  return table(['Target', ...all.flatMap((results) => [label(results), 'Verdict'])], rows)
}

function commentsTable(all: Results[]): string {
  const rows = all
    .flatMap((results) => (results.comments ?? []).map((run) => ({ results, run })))
    .sort((a, b) => a.run.connections - b.run.connections)
    .map(({ results, run: { connections, result } }) => {
      const { '201': created = 0, '429': limited = 0, ...other } = result.statusCodes
      const others =
        Object.entries(other)
          .map(([code, count]) => `${code}: ${count}`)
          .join(', ') || '–'
      return [
        label(results),
        connections,
        n0(result.requestsPerSecond),
        result.p50,
        result.p99,
        n0(result.requests),
        created,
        limited,
        others,
        `${result.errors} / ${result.timeouts}`,
      ]
    })
  if (!rows.length) return '_Not measured._'
  return table(
    [
      'Engine',
      'Conns',
      'req/s',
      'p50 ms',
      'p99 ms',
      'Requests',
      '201 (held)',
      '429 (flood limit)',
      'Other statuses',
      'Errors / timeouts',
    ],
    rows,
  )
}

function corpusTable(all: Results[]): string {
  // Per corpus run (100, then the large corpus, then without the locale indexes) and page, each engine's rows together.
  const runsMeasured = Math.max(0, ...all.map((results) => results.corpus.length))
  const rows = Array.from({ length: runsMeasured }, (_, index) => index).flatMap((index) =>
    (['Search', 'Topic page'] as const).flatMap((name) =>
      all.flatMap((results) => {
        const entry = results.corpus[index]
        if (!entry) return []
        return ((name === 'Search' ? entry.search : entry.topic) ?? []).map(
          ({ connections, result }) => [
            `${n0(entry.articles)}${entry.withoutLocaleIndexes ? ', locale indexes dropped' : ''}`,
            name,
            label(results),
            connections,
            n0(result.requests),
            result.requests ? result.p50 : '–',
            result.requests ? result.p99 : '–',
            result.non2xx,
            `${result.errors} / ${result.timeouts}`,
          ],
        )
      }),
    ),
  )
  return table(
    [
      'Published articles',
      'Page',
      'Engine',
      'Conns',
      'Answered',
      'p50 ms',
      'p99 ms',
      'Non-2xx',
      'Errors / timeouts',
    ],
    rows,
  )
}

/** The search list's rows at one corpus size, each engine's rows together. */
function searchTable(all: Results[], articles: number): string {
  const measurements: [string, (entry: SearchBench) => LoadResult | undefined, number][] = [
    [
      'Search, uncached, one at a time (the list in order, each address new)',
      (e) => e.uncached1,
      1,
    ],
    ['Search, the same addresses again (from memory)', (e) => e.repeated1, 1],
    ['Search, cached as readers get it (rotating list, right after a save)', (e) => e.cached32, 32],
    ['Search, uncached (rotating list, each address new)', (e) => e.uncached32, 32],
    ['Search, uncached, while the article below is measured', (e) => e.underLoad?.search, 32],
    ['Article page, alone', (e) => e.articleIdle, 1],
    ['Article page, during the uncached search load above', (e) => e.underLoad?.article, 1],
  ]
  const rows = measurements.flatMap(([name, pick, fallbackConnections]) =>
    all.flatMap((results) => {
      const entry = results.search?.find((each) => each.articles === articles)
      const result = entry && pick(entry)
      if (!result) return []
      const connections =
        fallbackConnections === 32 ? (results.settings.searchConnections ?? 32) : 1
      return [
        [
          name,
          label(results),
          connections,
          n0(result.requests),
          result.cacheHits === undefined ? '–' : n0(result.cacheHits),
          n0(result.requestsPerSecond),
          result.p50,
          result.p99,
          result.non2xx,
          `${result.errors} / ${result.timeouts}`,
          n0(result.bytesPerRequest),
        ],
      ]
    }),
  )
  if (!rows.length) return '_Not measured._'
  return table(
    [
      'Measurement',
      'Engine',
      'Conns',
      'Requests',
      'From memory',
      'req/s',
      'p50 ms',
      'p99 ms',
      'Non-2xx',
      'Errors / timeouts',
      'Bytes/response',
    ],
    rows,
  )
}

/** The largest corpus the search list was measured at (the targets' size: 10,000 in a full run). */
const largestSearch = (results: Results) =>
  results.search?.reduce<SearchBench | undefined>(
    (largest, entry) => (largest && largest.articles >= entry.articles ? largest : entry),
    undefined,
  )

/** The search targets of the issue with each engine's figure and verdict: [target, figure, verdict] rows. */
function searchTargetRows(results: Results): string[][] {
  const entry = largestSearch(results)
  const at = entry ? ` (${n0(entry.articles)} articles)` : ''
  const uncached = entry?.uncached1
  const cached = entry?.cached32
  const raw = entry?.uncached32
  const publish = entry?.publish
  const loadMet = (result?: LoadResult) =>
    result &&
    result.requestsPerSecond >= 300 &&
    result.p99 <= 150 &&
    result.non2xx === 0 &&
    result.errors + result.timeouts === 0
  const load = (result?: LoadResult) =>
    result
      ? `${n0(result.requestsPerSecond)} req/s, p99 ${result.p99} ms${result.cacheHits === undefined ? '' : ` (${n0(result.cacheHits)} of ${n0(result.requests)} from memory)`}${result.non2xx || result.errors || result.timeouts ? `, ${result.non2xx} non-2xx, ${result.errors} errors / ${result.timeouts} timeouts` : ''}`
      : '–'
  const refreshed =
    publish && publish.cachedBefore && !publish.draftFound && publish.shownMs !== null
  const underLoad = entry?.underLoad?.article
  return [
    [
      `Search p50 ≤ 15 ms at 1 connection, uncached, the whole list${at}`,
      uncached ? `${uncached.p50} ms (p99 ${uncached.p99} ms)` : '–',
      verdict(uncached && uncached.p50 <= 15 && uncached.non2xx === 0),
    ],
    [
      `Search at 32 connections ≥ 300 req/s with p99 ≤ 150 ms, cached per query as readers get it${at}`,
      load(cached),
      verdict(cached && loadMet(cached)),
    ],
    [
      '… a kept search answer refreshes on publish (the same address shows a newly published article)',
      publish
        ? publish.shownMs === null
          ? `not shown within 30 s${publish.cachedBefore ? '' : '; it was not kept before'}`
          : `shown after ${publish.shownMs} ms${publish.cachedBefore ? ', kept before' : ', but it was not kept before'}${publish.draftFound ? '; the draft was found before publishing' : ''}`
        : '–',
      verdict(publish && refreshed),
    ],
    [
      '… the same load without the cache (every request uncached)',
      load(raw),
      raw ? `for information: would be ${loadMet(raw) ? 'met' : 'missed'}` : 'not measured',
    ],
    [
      `Article p99 at 1 connection while searches run uncached at 32 connections, beside its idle p99${at}`,
      underLoad ? `${underLoad.p99} ms (idle ${entry?.articleIdle?.p99 ?? '–'} ms)` : '–',
      underLoad ? 'reported (no limit set)' : 'not measured',
    ],
  ]
}

function searchTargetsTable(all: Results[]): string {
  const measured = all.filter((results) => results.search?.length)
  if (!measured.length) return '_Not measured._'
  const perEngine = measured.map(searchTargetRows)
  const rows = perEngine[0].map((row, index) => [
    row[0],
    ...perEngine.flatMap((rowsOfEngine) => rowsOfEngine[index].slice(1)),
  ])
  return table(['Target', ...measured.flatMap((results) => [label(results), 'Verdict'])], rows)
}

/** The "Search" section: what is sent, the targets, a table per corpus size. */
function searchSection(all: Results[]): string {
  const measured = all.filter((results) => results.search?.length)
  if (!measured.length) return '_Not measured (runs made before the search list)._'
  const first = measured[0]
  const paths = first.settings.searchQueries ?? []
  const passes = first.settings.searchPasses ?? 2
  const sizes = [...new Set(measured.flatMap((results) => results.search!.map((e) => e.articles)))]
  const publishLines = measured.flatMap((results) =>
    results.search!.flatMap((entry) =>
      entry.publish
        ? [
            `- ${label(results)}, ${n0(entry.articles)} articles: the probe's search was ${entry.publish.cachedBefore ? '' : '**not** '}answered from memory before the publish${entry.publish.draftFound ? ' and **found the draft**' : ''}; ${entry.publish.shownMs === null ? 'it did **not** show the published article within 30 s' : `it showed the published article ${entry.publish.shownMs} ms after the PATCH was sent`}.`,
          ]
        : [],
    ),
  )
  return `The searches are a fixed list of ${paths.length} addresses ([bench/setup/searchQueries.ts](setup/searchQueries.ts): common and
rare words, two and three words, "quoted phrases", authors' names, searches that find nothing, \`kind\`, \`year\`, \`topic\`
and \`author\` filters, \`sort=date\`, \`page=2\`, one search each from the Azerbaijani and Russian pages). Search is
rendered per request, and server.mjs keeps each answer in memory until the next change readers can see; so where a
row says *each address new*, every request's address ends in its own \`&n=<counter>\` (ignored by the search, a new
key for the cache): none is answered from memory, each is a real search. *From memory* counts the answers with
\`x-thinktank-cache: HIT\`.

- *Uncached, one at a time*: one connection, the list in order ${passes} times (${paths.length * passes} requests), after
  one warm-up pass under other addresses. *The same addresses again*: the same ${paths.length * passes} requests once more.
- *Cached as readers get it*: right after an editor's save (a new cache generation: no search kept), ${first.settings.searchConnections ?? 32}
  connections take the list's addresses in turn for the measured seconds, no warm-up: the first round is rendered,
  then answered from memory.
- *Uncached* at ${first.settings.searchConnections ?? 32} connections: the same after a warm-up, each address new.
- *Article page*: \`/articles/${first.article?.slug ?? '…'}\` at one connection (warm-up, then the measured seconds), alone,
  then while the uncached ${first.settings.searchConnections ?? 32}-connection search load runs (the two autocannon
  processes start together, both pinned to the load core; the search load lasts a second longer, so the article's
  measured seconds fall within it).

### Targets

${searchTargetsTable(all)}

${sizes.map((articles) => `### ${n0(articles)} published articles\n\n${searchTable(all, articles)}\n`).join('\n')}
A search answer kept in memory, then a publish: a draft with a word of its own in the title, its search asked twice
(no result; the second from memory), the draft published, the same address polled every 25 ms:

${publishLines.join('\n') || '_Not measured._'}

<details><summary>The ${paths.length} searches, in order</summary>

${paths.map((searchPath) => `- \`${searchPath}\``).join('\n')}

</details>`
}

function publishTable(all: Results[]): string {
  const row = (where: string, results: Results, timing?: PublishTiming) =>
    timing
      ? [where, label(results), timing.patchMs, timing.articleMs, timing.homeMs, timing.feedMs]
      : [where, label(results), '–', '–', '–', '–']
  return table(
    [
      'Served by',
      'Engine',
      'PATCH answered (ms)',
      'Article page (ms)',
      'Home page (ms)',
      'Feed (ms)',
    ],
    [
      ...all.map((results) => row('next start', results, results.publishDirect)),
      ...all.map((results) => row('deploy/ nginx in front', results, results.publishNginx)),
    ],
  )
}

function weightTable(all: Results[]): string {
  const measured = all.filter((results) => results.weight)
  if (!measured.length) return '_Not measured._'
  const pages = [...new Set(measured.flatMap((results) => Object.keys(results.weight!)))]
  return table(
    [
      'Page',
      'Engine',
      'HTML',
      'JS files',
      'JS transferred',
      'JS gzip',
      'CSS files',
      'CSS transferred',
      'CSS gzip',
    ],
    pages.flatMap((page) =>
      measured
        .filter((results) => results.weight![page])
        .map((results) => {
          const weight = results.weight![page]
          return [
            page === 'nextCeiling' ? 'trivial App Router page (the framework’s floor)' : page,
            label(results),
            kb(weight.htmlBytes),
            weight.jsFiles,
            kb(weight.jsTransfer),
            kb(weight.jsGzip),
            weight.cssFiles,
            kb(weight.cssTransfer),
            kb(weight.cssGzip),
          ]
        }),
    ),
  )
}

function lighthouseTable(all: Results[]): string {
  const measured = all.filter((results) => results.lighthouse)
  if (!measured.length) return '_Not measured._'
  return table(
    [
      'Page',
      'Engine',
      'Performance',
      'Accessibility',
      'Best practices',
      'SEO',
      'LCP ms',
      'CLS',
      'TBT ms',
    ],
    (['home', 'article'] as const).flatMap((page) =>
      measured.flatMap((results) =>
        [...results.lighthouse![page].runs, results.lighthouse![page].lowest].map(
          (scores, index, all) => [
            index === all.length - 1 ? `**${page}: lowest**` : `${page}, run ${index + 1}`,
            label(results),
            scores.performance,
            scores.accessibility,
            scores.bestPractices,
            scores.seo,
            scores.lcpMs,
            scores.cls,
            scores.tbtMs,
          ],
        ),
      ),
    ),
  )
}

/** What the article page showed with JavaScript off. */
function noScriptLine({ noScript, article }: Results): string {
  if (!noScript) return '–'
  return `${noScript.words} words in <main>, ${noScript.comments} of ${article?.comments ?? '?'} approved comments, the comment form: ${noScript.commentForm}, the citation box: ${noScript.citation}`
}

/** A table with one column per engine: `rows` are [label, value of each engine's results]. */
function sideBySide(
  all: Results[],
  rows: [string, (results: Results) => string | number][],
): string {
  return table(
    ['', ...all.map(label)],
    rows.map(([name, value]) => [name, ...all.map(value)]),
  )
}

/** The machine tables of the runs merged: one row per key, one column per engine. */
function machineTable(all: Results[]): string {
  const keys = [...new Set(all.flatMap((results) => Object.keys(results.machine)))]
  return sideBySide(
    all,
    keys.map((key) => [key, (results: Results) => results.machine[key] ?? '–']),
  )
}

/** Saves this run as bench/results-<engine>.json, then renders RESULTS.md from every engine's JSON. */
export function writeReport(results: Results): string {
  const file = resultsJson(results.engine)
  writeFile(file, `${JSON.stringify(results, null, 2)}\n`)
  renderReport()
  return file
}

/** Every engine's saved results, SQLite first. */
export function savedResults(): Results[] {
  return ENGINES.map(resultsJson)
    .filter((file) => fs.existsSync(file))
    .map((file) => JSON.parse(fs.readFileSync(file, 'utf8')) as Results)
}

/** RESULTS.md from the results-<engine>.json files present. */
export function renderReport(file = RESULTS_FILE): void {
  const all = savedResults()
  if (!all.length)
    throw new Error(
      'No bench/results-<engine>.json to render: run `npm run bench -- --engine=sqlite|postgres` first.',
    )
  const first = all[0]
  const article = all.find((results) => results.article)?.article
  const settingsOf = ({ settings }: Results) =>
    `${settings.warmupSeconds} s warm-up + ${settings.seconds} s measured; corpus ${n0(settings.corpus)}; ${settings.corpusRequests} corpus requests (each allowed ${settings.corpusTimeoutSeconds} s)`
  const trialNotes = all
    .filter((results) => results.trialIndexesSkipped)
    .map((results) => `${label(results)}: ${results.trialIndexesSkipped}`)
  const trialSql = all.find((results) => results.trialIndexes)?.trialIndexes
  const failed = all.filter((results) => results.failures.length)
  const markdown = `# Benchmark results

Written by \`npm run bench -- --engine=sqlite|postgres\` (bench/run.ts). Figures, not pass/fail tests. Each run saves its
figures as \`bench/results-<engine>.json\`; this file is rendered from those present (${all.map((results) => `\`bench/results-${results.engine}.json\``).join(', ')}),
the engines side by side. The machine may be shared (another engineer's test runs, CI): look at the load average below
and at the ceilings, which were measured in the same run and suffer the same noise, before reading much into one figure;
runs on different engines were made at different times. What changed because of these figures, and why
the missed targets are missed, is in [ANALYSIS.md](ANALYSIS.md) (kept by hand).

## Runs

${sideBySide(all, [
  ['Command', (results) => `\`${results.command}\``],
  ['Date', (results) => results.machine.Date ?? '–'],
  ['Commit', (results) => results.machine.Commit ?? '–'],
  ['Database', (results) => results.database],
  ['Settings', settingsOf],
  ['Parts that failed', (results) => results.failures.length || 'none'],
])}

## Machine and versions

${machineTable(all)}

## How it was measured

- A fresh database (see *Runs* above), migrated and seeded with the demo content (as the end-to-end tests do), plus
  the benchmark article${article ? ` (\`/articles/${article.slug}\`: ${article.words} words, ${article.authors} co-authors, ${article.comments} approved comments, a hero image)` : ''}
  and synthetic articles up to 100 published; \`next build\` + \`next start\` (production) against it. The run's files
  are in \`bench/.work/thinktank-bench/\`.
- Server side pinned to core 0 (\`taskset -c 0\`: next start, the bare Node server, nginx with one worker, and a
  throw-away PostgreSQL cluster with every backend it forks); load generator on core 1 (\`taskset -c 1\`: autocannon,
  Lighthouse and its Chromium). A PostgreSQL server from TEST_POSTGRES_URI is not pinned.
- Each load figure: warm-up (discarded), then the measured seconds (*Runs*: settings), at 1 and at 32 connections,
  plain HTTP/1.1 keep-alive, no \`Accept-Encoding\` (identity bodies everywhere, as the ceilings serve them).
- HTML sizes: ${all.map((results) => `${label(results)}: article page ${results.sizes ? n0(results.sizes.articleHtml) : '–'} bytes, trivial Next page ${results.sizes ? n0(results.sizes.ceilingHtml) : '–'} bytes, bare Next.js page ${results.sizes?.bareNextHtml ? n0(results.sizes.bareNextHtml) : '–'} bytes`).join('; ')}.
- Search query of the serving table and of the corpus table: \`${first.settings.searchQuery}\` (every word must match);
  the search list's figures are under *Search* below.

## Targets

${targetsTable(all)}

The search targets are under [Search](#search).

## Serving the public pages

${servingTable(all)}

## Writes: comment POSTs (REST \`POST /api/comments\`, moderation "hold every comment")

Every request comes from a new \`X-Forwarded-For\` address and e-mail, so the 15-second flood limit should answer 429 only when
two requests share one; each held comment also composes the moderators' notification e-mail.

${commentsTable(all)}

## Search and topic page: 100 vs ${all
    .map((results) => n0(results.settings.corpus))
    .filter((value, index, values) => values.indexOf(value) === index)
    .join(' / ')} published articles

${first.settings.corpusRequests} requests each, one at a time (a time window could hold no answer at all from a slow page), each
allowed ${first.settings.corpusTimeoutSeconds} s. Search is rendered per request and each answer kept in memory until the next change, so
${all.some((results) => results.settings.searchQueries) ? 'every search request ends in its own `&n=<counter>` (ignored by the search): each one is searched' : 'the same address each time'}. The topic page is cached like every page, so
each of its requests follows an editor's save (a topic saved unchanged over REST) that refreshes the site: it times
the render a reader waits for after a change, which is where the number of articles could show.

${corpusTable(all)}
${
  trialSql
    ? `\nThe SQLite rows marked "locale indexes dropped" were measured on the bench's temporary database after dropping the
indexes that the migration \`20261125_025651_locale_parent_indexes\` adds (see [ANALYSIS.md](ANALYSIS.md)), to show what they are worth;
the other rows are the site as shipped. The dropped indexes were then restored with:\n\n\`\`\`sql\n${trialSql.join(';\n')};\n\`\`\`\n`
    : ''
}${trialNotes.length ? `\n${trialNotes.map((note) => `- ${note}`).join('\n')}\n` : ''}
## Search

${searchSection(all)}

## The admin as an editor uses it

${adminSection(all)}

## Publish to live

An editor's REST \`PATCH /api/articles/:id\` with \`_status: 'published'\`; the clock starts when the PATCH is sent and
stops when the page, the home page and \`/feed.xml\` (polled every 25 ms once the PATCH answered) show the new title.

${publishTable(all)}

## Page weight (Chromium, first visit) and JavaScript off

${weightTable(all)}

With JavaScript off, the article page showed: ${all.map((results) => `${label(results)}: ${noScriptLine(results)}`).join('; ')}.

## Lighthouse 12 (mobile preset, simulated throttling, Debian Chromium)

${lighthouseTable(all)}

## Start and memory

Cold start: spawning \`next start\` on the existing database → first 200 on the article page, which is rendered on that
first request. RSS of the server process (next start; a PostgreSQL server's own memory is not counted) after start, after
the page load runs, and at the end (after comments, publishing and the large-corpus runs).

${sideBySide(all, [
  ['Cold start', (results) => `${results.coldStartMs ?? '–'} ms`],
  ['RSS after start', (results) => `${results.rssAfterStartMB ?? '–'} MB`],
  ['RSS after the page load runs', (results) => `${results.rssAfterLoadMB ?? '–'} MB`],
  ['RSS at the end', (results) => `${results.rssAtEndMB ?? '–'} MB`],
])}
${failed.length ? `\n## Parts that failed\n\n${failed.flatMap((results) => results.failures.map((failure) => `- ${label(results)}: ${failure}`)).join('\n')}\n` : ''}
## Commands, in order
${all.map((results) => `\n### ${label(results)}: \`${results.command}\`\n\n\`\`\`\n${results.commands.join('\n')}\n\`\`\`\n`).join('')}`
  writeFile(file, markdown)
}
