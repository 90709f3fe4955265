/**
 * One scheduler: publishes scheduled a few seconds ahead, with the jobs runner on in every running
 * instance (a tick each second), must each happen exactly once: one published version of the
 * article, one "Published: …" e-mail (to its co-authors, src/collections/Articles/hooks/notifyReview.ts),
 * whichever instance sends it. Several articles fall due at the same moment, so that runners racing
 * for the same job have several chances to collide. Run with both instances, and again after A is
 * gone (B alone must pick the work up). An article published once over REST is the yardstick for
 * "once": its count of published versions and of e-mails.
 */
import fs from 'node:fs'
import path from 'node:path'

import { runScriptWatched } from '../../reliability/watched'
import { publishedVersions } from '../db'
import type { Instance } from '../instances'
import { log, sleep } from '../log'
import { createDraft } from '../rest'

import type { CheckResult, Context } from './types'

const ARTICLES = 4
/** Due this long after they are queued: "a few seconds ahead". */
const DELAY_MS = 5_000
/** Published this long after falling due at the latest (a runner that is gone may hold work a while). */
const PUBLISH_TIMEOUT_MS = 90_000
/** After the last first publication, the runners get this long (ten ticks each) to publish again. */
const SETTLE_MS = 10_000
const TASK_STALL_MS = 20_000

/** The "Published: …" e-mails for `title` in each instance's outbox. */
export function publishedMails(instances: Instance[], title: string): Record<string, number> {
  const subject = `Published: “${title}”`
  return Object.fromEntries(
    instances.map((instance) => {
      const lines = fs.existsSync(instance.outbox)
        ? fs.readFileSync(instance.outbox, 'utf8').split('\n').filter(Boolean)
        : []
      const sent = lines.filter(
        (line) => (JSON.parse(line) as { subject: string }).subject === subject,
      )
      return [instance.name, sent.length]
    }),
  )
}

const total = (counts: Record<string, number>) =>
  Object.values(counts).reduce((sum, count) => sum + count, 0)

/** Queues the publishes through scripts/cluster/schedule-task.ts; the jobs' ids and due time. */
async function queueSchedules(
  context: Context,
  articleIds: string[],
): Promise<{ jobIds: string[]; waitUntil: string }> {
  const outFile = path.join(context.cluster.tempDir, `schedule-${articleIds[0]}.json`)
  await runScriptWatched(
    [
      'scripts/cluster/schedule-task.ts',
      articleIds.join(','),
      context.editor.id,
      String(DELAY_MS),
      outFile,
    ],
    () => fs.existsSync(outFile),
    { env: context.cluster.toolEnv, stallMs: TASK_STALL_MS, log },
  )
  return JSON.parse(fs.readFileSync(outFile, 'utf8'))
}

export type Yardstick = { versions: number; mails: number }

type ScheduledArticle = {
  id: string
  publishedAfterDueMs: number | null
  publishedVersions: number
  mailsByInstance: Record<string, number>
}

/** What one publication over REST leaves: the freshness check's article. */
export async function yardstick(
  context: Context,
  article: { id: string; title: string },
): Promise<Yardstick> {
  const { cluster } = context
  return {
    versions: await publishedVersions(cluster.databaseUrl, article.id),
    mails: total(publishedMails([cluster.a, cluster.b], article.title)),
  }
}

export async function checkSchedule(
  context: Context,
  running: Instance[],
  once: Yardstick,
): Promise<CheckResult> {
  const { cluster, editor, runId, authors } = context
  const runners = running.map((instance) => instance.name).join(' + ')
  const label = running.length > 1 ? 'both' : running[0].name
  const drafts = []
  for (let index = 1; index <= ARTICLES; index++)
    drafts.push(
      await createDraft(
        running[0].baseURL,
        editor,
        `Scheduled ${label} ${index} ${runId}`,
        authors,
      ),
    )
  const { waitUntil } = await queueSchedules(
    context,
    drafts.map((draft) => draft.id),
  )
  const due = Date.parse(waitUntil)
  log(`${ARTICLES} publishes scheduled for ${waitUntil}, runners on in ${runners}`)

  const firstPublished = new Map<string, number>()
  while (firstPublished.size < drafts.length && Date.now() < due + PUBLISH_TIMEOUT_MS) {
    for (const draft of drafts)
      if (
        !firstPublished.has(draft.id) &&
        (await publishedVersions(cluster.databaseUrl, draft.id)) > 0
      )
        firstPublished.set(draft.id, Date.now() - due)
    await sleep(250)
  }
  if (firstPublished.size) await sleep(SETTLE_MS)
  const articles: ScheduledArticle[] = []
  for (const [index, draft] of drafts.entries()) {
    const mails = publishedMails([cluster.a, cluster.b], `Scheduled ${label} ${index + 1} ${runId}`)
    articles.push({
      id: draft.id,
      publishedAfterDueMs: firstPublished.get(draft.id) ?? null,
      publishedVersions: await publishedVersions(cluster.databaseUrl, draft.id),
      mailsByInstance: mails,
    })
  }
  const happenedOnce = (article: ScheduledArticle) =>
    article.publishedAfterDueMs !== null &&
    article.publishedVersions === once.versions &&
    total(article.mailsByInstance) === once.mails
  const sentBy = (name: string) =>
    articles.reduce((sum, article) => sum + (article.mailsByInstance[name] ?? 0), 0)
  const delays = articles.flatMap((article) =>
    article.publishedAfterDueMs === null ? [] : [article.publishedAfterDueMs],
  )
  return {
    name: `Scheduled publishes, runner on in ${runners}: each exactly once`,
    passed: once.versions === 1 && once.mails > 0 && articles.every(happenedOnce),
    summary:
      `${articles.filter(happenedOnce).length} of ${ARTICLES} exactly once; published ${articles.length - delays.length ? `${delays.length} of ${ARTICLES}` : 'all'}` +
      `${delays.length ? ` ${(Math.min(...delays) / 1000).toFixed(1)}–${(Math.max(...delays) / 1000).toFixed(1)} s after due` : ''}; ` +
      `published versions ${articles.map((article) => article.publishedVersions).join('/')}, e-mails ${articles.map((article) => total(article.mailsByInstance)).join('/')} (sent by A ${sentBy('A')}, B ${sentBy('B')}); ` +
      `one REST publish leaves ${once.versions} version(s), ${once.mails} e-mail(s)`,
    figures: {
      waitUntil,
      runnersOn: running.map((instance) => instance.name),
      yardstick: once,
      articles,
    },
  }
}
