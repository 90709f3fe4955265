/**
 * Publish on A, then ask B directly and nginx (round-robin over A and B) until the article page,
 * the home page and /feed.xml show the new article. Each is warmed first (asked until cached), so
 * that what is measured is a cache being refreshed across instances, not a first render. A is
 * measured too, as the baseline: it made the change and refreshes its own cache.
 */
import type { Answer } from '../http'
import { portsThatAnswered } from '../nginx'
import { createDraft, publish } from '../rest'
import type { Cluster } from '../stack'
import { DEADLINE_MS, STABLE_MS, watchUntilFresh, warm } from '../watch'

import { seconds, type CheckResult, type Context } from './types'

export const TARGET_MS = 2_000
export const FRESHNESS_CHECK = 'Publish on A: fresh on B and through nginx (≤ 2 s)'

/** Through nginx, a fresh run counts once nginx's log shows copies of the page from both instances in it. */
export const fromBoth = (cluster: Cluster, path: string) => (runStart: number) => {
  const ports = portsThatAnswered(cluster.nginx, path, runStart)
  return ports.has(String(cluster.a.port)) && ports.has(String(cluster.b.port))
}

export const notFreshNote = `not settled: not fresh for ${STABLE_MS / 1000} s without a break within ${DEADLINE_MS / 1000} s`

export async function checkFreshness(context: Context) {
  const { cluster, editor, runId, authors } = context
  const title = `Cluster check ${runId}`
  const draft = await createDraft(cluster.a.baseURL, editor, title, authors)
  const shows = (answer: Answer) => answer.status === 200 && answer.text().includes(title)
  const pages = {
    'article page': `/articles/${draft.slug}`,
    'home page': '/',
    '/feed.xml': '/feed.xml',
  }
  const targets = { A: cluster.a.baseURL, B: cluster.b.baseURL, nginx: cluster.nginx.baseURL }

  const warmed: Record<string, string> = {}
  for (const [target, base] of Object.entries(targets))
    for (const [page, path] of Object.entries(pages)) {
      const answer = await warm(`${base}${path}`)
      const cache = answer.headers['x-nextjs-cache'] ?? answer.headers['x-cache-status'] ?? ''
      warmed[`${target} ${page}`] = `${answer.status} ${cache}`.trim()
    }

  const published = await publish(cluster.a.baseURL, editor, draft.id)
  const watches = await Promise.all(
    Object.entries(targets).flatMap(([target, base]) =>
      Object.entries(pages).map(async ([page, path]) => {
        const settled = target === 'nginx' ? fromBoth(cluster, path) : undefined
        const watch = await watchUntilFresh(`${base}${path}`, shows, published.at, settled)
        return { target, page, ...watch }
      }),
    ),
  )
  const across = watches.filter((watch) => watch.target !== 'A')
  const own = watches.filter((watch) => watch.target === 'A')
  const result: CheckResult = {
    name: FRESHNESS_CHECK,
    passed: across.every((watch) => watch.ms !== null && watch.ms <= TARGET_MS),
    summary: `${across.map((watch) => `${watch.target} ${watch.page} ${seconds(watch.ms)}`).join('; ')} (A, which published: ${own.map((watch) => seconds(watch.ms)).join(', ')}; ${notFreshNote})`,
    figures: { targetMs: TARGET_MS, warmedBefore: warmed, watches },
  }
  return { result, article: { id: draft.id, title } }
}
