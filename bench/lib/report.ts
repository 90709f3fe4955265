/** bench/RESULTS.md: the run's figures, the targets they meet or miss, and the commands. */
import fs from 'node:fs'
import path from 'node:path'

import type { LighthouseScores, NoScriptCheck, Weight } from './browser'
import { commandsRun, ROOT, writeFile } from './context'
import type { LoadResult } from './load'
import type { BenchArticle } from './prepare'
import type { PublishTiming } from './publish'

/** Hand-written causes, fixes and recommendations, appended to every report. */
const ANALYSIS_FILE = path.join(ROOT, 'bench', 'ANALYSIS.md')

export type Run = { connections: number; result: LoadResult }
export type ServingTarget = {
  key: 'article' | 'home' | 'topic' | 'feed' | 'search' | 'bareNode' | 'nextCeiling' | 'nginxStatic' | 'nginxProxy'
  name: string
  url: string
}

export type Results = {
  machine: Record<string, string>
  settings: { seconds: number; warmupSeconds: number; corpus: number; corpusRequests: number; corpusTimeoutSeconds: number; searchQuery: string }
  article?: BenchArticle
  sizes?: { articleHtml: number; ceilingHtml: number }
  coldStartMs?: number
  rssAfterStartMB?: number
  rssAfterLoadMB?: number
  rssAtEndMB?: number
  serving: (ServingTarget & { runs: Run[] })[]
  comments?: Run[]
  publishDirect?: PublishTiming
  publishNginx?: PublishTiming
  weight?: { article: Weight; home: Weight; nextCeiling: Weight }
  noScript?: NoScriptCheck
  lighthouse?: { home: LighthouseScores; article: LighthouseScores }
  corpus: { articles: number; withoutLocaleIndexes?: boolean; search?: Run[]; topic?: Run[] }[]
  trialIndexes?: string[]
  failures: string[]
}

const n0 = (value: number | undefined) => (value === undefined ? '–' : Math.round(value).toLocaleString('en-US'))
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n')
const verdict = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? '**met**' : '**missed**')

const at = (runs: Run[] | undefined, connections: number) => runs?.find((run) => run.connections === connections)?.result

function servingTable(results: Results): string {
  const rows = results.serving.flatMap((target) =>
    target.runs.map(({ connections, result }) => [
      target.name,
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
  return table(['Target', 'Conns', 'req/s', 'p50 ms', 'p99 ms', 'Requests', 'Non-2xx', 'Errors / timeouts', 'Bytes/response'], rows)
}

/** Each target of issue #7 with the figure it is judged on. */
function targetsTable(results: Results): string {
  const serving = (key: ServingTarget['key'], connections = 32) => at(results.serving.find((target) => target.key === key)?.runs, connections)
  const article = serving('article')
  const nextCeiling = serving('nextCeiling')
  const nginxStatic = serving('nginxStatic')
  const proxied = serving('nginxProxy')
  const ratio = (a?: LoadResult, b?: LoadResult) => (a && b ? a.requestsPerSecond / b.requestsPerSecond : undefined)
  const pct = (value?: number) => (value === undefined ? '–' : `${(value * 100).toFixed(0)} %`)
  const articleVsNext = ratio(article, nextCeiling)
  const proxyVsNginx = ratio(proxied, nginxStatic)
  /** p50 at 10,000 over p50 at 100; Infinity when no request at 10,000 answered before the timeout. */
  const p50Ratio = (key: 'search' | 'topic', withoutLocaleIndexes = false) => {
    const large = results.corpus.find((entry) => entry.articles > 100 && Boolean(entry.withoutLocaleIndexes) === withoutLocaleIndexes)
    const [small, big] = [results.corpus[0]?.[key], large?.[key]].map((runs) => at(runs, 1))
    if (!small?.requests || !big) return undefined
    return big.requests ? big.p50 / Math.max(1, small.p50) : Infinity
  }
  const searchRatio = p50Ratio('search')
  const topicRatio = p50Ratio('topic')
  const unindexedSearchRatio = p50Ratio('search', true)
  const unindexedTopicRatio = p50Ratio('topic', true)
  const times = (ratio?: number) => (ratio === undefined ? '–' : ratio === Infinity ? 'every request timed out' : `${ratio.toFixed(1)} ×`)
  const publish = results.publishDirect
  const slowestPublish = publish && Math.max(publish.articleMs, publish.homeMs, publish.feedMs)
  const nginxPublish = results.publishNginx && Math.max(results.publishNginx.articleMs, results.publishNginx.homeMs, results.publishNginx.feedMs)
  const rows: string[][] = [
    ['Cached article ≥ 90 % of the trivial Next page’s req/s (32 conns)', pct(articleVsNext), verdict(articleVsNext === undefined ? undefined : articleVsNext >= 0.9)],
    ['Article p99 ≤ 50 ms at 32 connections', `${article?.p99 ?? '–'} ms`, verdict(article && article.p99 <= 50)],
    ['Article through deploy/ nginx ≥ 70 % of nginx’s static ceiling (32 conns)', pct(proxyVsNginx), verdict(proxyVsNginx === undefined ? undefined : proxyVsNginx >= 0.7)],
    ['A publish shows through nginx within 2 s (page, home, feed)', nginxPublish === undefined ? '–' : `${nginxPublish} ms`, verdict(nginxPublish === undefined ? undefined : nginxPublish <= 2000)],
    ['Search p50 at 10,000 articles ≤ 2 × p50 at 100 (1 conn)', times(searchRatio), verdict(searchRatio === undefined ? undefined : searchRatio <= 2)],
    ['Topic page p50 at 10,000 articles ≤ 2 × p50 at 100 (1 conn)', times(topicRatio), verdict(topicRatio === undefined ? undefined : topicRatio <= 2)],
    ['… the same without the locale indexes (search / topic)', `${times(unindexedSearchRatio)} / ${times(unindexedTopicRatio)}`, 'for information'],
    ['Publish-to-live ≤ 1 s (page, home and feed, next start)', slowestPublish === undefined ? '–' : `${slowestPublish} ms`, verdict(slowestPublish === undefined ? undefined : slowestPublish <= 1000)],
    ['Article JavaScript ≤ 100 KB gzip', results.weight ? kb(results.weight.article.jsGzip) : '–', verdict(results.weight && results.weight.article.jsGzip <= 100 * 1024)],
    ['Article complete with JavaScript off', results.noScript ? String(results.noScript.complete) : '–', verdict(results.noScript?.complete)],
    ['Cold start ≤ 3 s (spawn → first 200 on the article)', `${results.coldStartMs ?? '–'} ms`, verdict(results.coldStartMs === undefined ? undefined : results.coldStartMs <= 3000)],
    ['Server RSS ≤ 350 MB after the load runs', `${results.rssAfterLoadMB ?? '–'} MB`, verdict(results.rssAfterLoadMB === undefined ? undefined : results.rssAfterLoadMB <= 350)],
  ]
  return table(['Target', 'Figure', 'Verdict'], rows)
}

function commentsTable(runs: Run[] | undefined): string {
  if (!runs) return '_Not measured._'
  return table(
    ['Conns', 'req/s', 'p50 ms', 'p99 ms', 'Requests', '201 (held)', '429 (flood limit)', 'Other statuses', 'Errors / timeouts'],
    runs.map(({ connections, result }) => {
      const { '201': created = 0, '429': limited = 0, ...other } = result.statusCodes
      const others = Object.entries(other).map(([code, count]) => `${code}: ${count}`).join(', ') || '–'
      return [connections, n0(result.requestsPerSecond), result.p50, result.p99, n0(result.requests), created, limited, others, `${result.errors} / ${result.timeouts}`]
    }),
  )
}

function corpusTable(results: Results): string {
  const rows = results.corpus.flatMap(({ articles, withoutLocaleIndexes, search, topic }) =>
    (
      [
        ['Search', search],
        ['Topic page', topic],
      ] as const
    ).flatMap(([name, runs]) =>
      (runs ?? []).map(({ connections, result }) => [
        `${n0(articles)}${withoutLocaleIndexes ? ', locale indexes dropped' : ''}`,
        name,
        connections,
        n0(result.requests),
        result.requests ? result.p50 : '–',
        result.requests ? result.p99 : '–',
        result.non2xx,
        `${result.errors} / ${result.timeouts}`,
      ]),
    ),
  )
  return table(['Published articles', 'Page', 'Conns', 'Answered', 'p50 ms', 'p99 ms', 'Non-2xx', 'Errors / timeouts'], rows)
}

function publishTable(results: Results): string {
  const row = (where: string, timing?: PublishTiming) =>
    timing ? [where, timing.patchMs, timing.articleMs, timing.homeMs, timing.feedMs] : [where, '–', '–', '–', '–']
  return table(
    ['Served by', 'PATCH answered (ms)', 'Article page (ms)', 'Home page (ms)', 'Feed (ms)'],
    [row('next start', results.publishDirect), row('deploy/ nginx in front', results.publishNginx)],
  )
}

function weightTable(results: Results): string {
  if (!results.weight) return '_Not measured._'
  return table(
    ['Page', 'JS files', 'JS transferred', 'JS gzip', 'CSS files', 'CSS transferred', 'CSS gzip'],
    (['article', 'home', 'nextCeiling'] as const).map((page) => {
      const weight = results.weight![page]
      return [page === 'nextCeiling' ? 'trivial Next page (framework floor)' : page, weight.jsFiles, kb(weight.jsTransfer), kb(weight.jsGzip), weight.cssFiles, kb(weight.cssTransfer), kb(weight.cssGzip)]
    }),
  )
}

function lighthouseTable(results: Results): string {
  if (!results.lighthouse) return '_Not measured._'
  return table(
    ['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'LCP ms', 'CLS', 'TBT ms'],
    (['home', 'article'] as const).map((page) => {
      const scores = results.lighthouse![page]
      return [page, scores.performance, scores.accessibility, scores.bestPractices, scores.seo, scores.lcpMs, scores.cls, scores.tbtMs]
    }),
  )
}

export function writeReport(results: Results, file: string): void {
  const { settings, article, sizes, noScript } = results
  const analysis = fs.existsSync(ANALYSIS_FILE) ? fs.readFileSync(ANALYSIS_FILE, 'utf8').trim() : ''
  const markdown = `# Benchmark results

Written by \`npm run bench\` (bench/run.ts). Figures, not pass/fail tests. The machine may be shared (another
engineer's test runs, CI): look at the load average below and at the ceilings, which were measured in the same
run and suffer the same noise, before reading much into one figure.

## Machine and versions

${table(['', ''], Object.entries(results.machine))}

## How it was measured

- A fresh SQLite database in \`bench/.work/run/\`, migrated and seeded with the demo content (as the end-to-end
  tests do), plus the benchmark article${article ? ` (\`/articles/${article.slug}\`: ${article.words} words, ${article.authors} co-authors, ${article.comments} approved comments, a hero image)` : ''}
  and synthetic articles up to 100 published; \`next build\` + \`next start\` (production) against it.
- Server side pinned to core 0 (\`taskset -c 0\`: next start, the bare Node server, nginx with one worker); load
  generator on core 1 (\`taskset -c 1\`: autocannon, Lighthouse and its Chromium).
- Each load figure: ${settings.warmupSeconds} s of warm-up (discarded), then ${settings.seconds} s measured, at 1 and at 32 connections,
  plain HTTP/1.1 keep-alive, no \`Accept-Encoding\` (identity bodies everywhere, as the ceilings serve them).
- HTML sizes: article page ${sizes ? n0(sizes.articleHtml) : '–'} bytes, trivial Next page ${sizes ? n0(sizes.ceilingHtml) : '–'} bytes.
- Search query: \`${settings.searchQuery}\` (every word must match).

## Targets

${targetsTable(results)}

## Serving the public pages

${servingTable(results)}

## Writes: comment POSTs (REST \`POST /api/comments\`, moderation "hold every comment")

Every request comes from a new \`X-Real-IP\` and e-mail address, so the 15-second flood limit should answer 429 only when
two requests share one; each held comment also composes the moderators' notification e-mail.

${commentsTable(results.comments)}

## Search and topic page: 100 vs ${n0(settings.corpus)} published articles

${settings.corpusRequests} requests each, one at a time (a time window could hold no answer at all from a slow page), each
allowed ${settings.corpusTimeoutSeconds} s. Search is rendered on every request. The topic page is cached like every page, so
each of its requests follows an editor's save (a topic saved unchanged over REST) that refreshes the site: it times
the render a reader waits for after a change, which is where the number of articles could show.

${corpusTable(results)}
${results.trialIndexes ? `\nThe rows marked "locale indexes dropped" were measured on the bench's temporary database after dropping the
indexes that the migration \`20261125_025651_locale_parent_indexes\` adds (see *Analysis*), to show what they are worth;
the other rows are the site as shipped. The dropped indexes were then restored with:\n\n\`\`\`sql\n${results.trialIndexes.join(';\n')};\n\`\`\`\n` : ''}
## Publish to live

An editor's REST \`PATCH /api/articles/:id\` with \`_status: 'published'\`; the clock starts when the PATCH is sent and
stops when the page, the home page and \`/feed.xml\` (polled every 25 ms once the PATCH answered) show the new title.

${publishTable(results)}

## Page weight (Chromium, first visit) and JavaScript off

${weightTable(results)}

With JavaScript off, the article page showed ${noScript ? `${noScript.words} words in <main>, ${noScript.comments} of ${article?.comments ?? '?'} approved comments, the comment form: ${noScript.commentForm}, the citation box: ${noScript.citation}` : '–'}.

## Lighthouse 12 (mobile preset, simulated throttling, Debian Chromium)

${lighthouseTable(results)}

## Start and memory

- Cold start (spawning \`next start\` on the existing database → first 200 on the article page, which is rendered on
  that first request): ${results.coldStartMs ?? '–'} ms.
- RSS of the server process: ${results.rssAfterStartMB ?? '–'} MB after start, ${results.rssAfterLoadMB ?? '–'} MB after the page load runs,
  ${results.rssAtEndMB ?? '–'} MB at the end (after comments, publishing and the ${n0(settings.corpus)}-article runs).
${results.failures.length ? `\n## Parts that failed in this run\n\n${results.failures.map((failure) => `- ${failure}`).join('\n')}\n` : ''}
## Commands, in order

\`\`\`
${commandsRun.join('\n')}
\`\`\`
${analysis ? `\n${analysis}\n` : ''}`
  writeFile(file, markdown)
}
