/**
 * Failover under writes: readers post comments and manuscripts through nginx through the two
 * instances' public forms (several at a time, each from an address of its own, as different
 * readers), while another reader keeps reading; instance A is SIGKILLed in the middle. Afterwards
 * every write a client was told was stored (303 to the form's success page) must be in the database
 * exactly once, every manuscript record must have its object in the bucket, and the site must
 * answer through B. The writes that failed around the kill are counted and reported, with what nginx
 * did with each (its access log). A second verdict: no valid write refused by the site.
 */
import { storedWrites, submissionFiles } from '../db'
import { request } from '../http'
import { acknowledged, cutOff, failures, sendWrite, type Write } from '../load'
import { log, sleep } from '../log'
import { accessLog } from '../nginx'
import { killGroup } from '../processes'

import type { CheckResult, Context } from './types'

const CLIENTS = 8
const DURATION_MS = 24_000
const KILL_AT_MS = 8_000
const READ_EVERY_MS = 200

export async function checkFailover(
  context: Context,
  article: { id: string; slug: string },
): Promise<CheckResult[]> {
  const { cluster, runId } = context
  const start = Date.now()
  const writes: Write[] = []
  let sequence = 0
  const client = async () => {
    while (Date.now() - start < DURATION_MS)
      writes.push(await sendWrite(cluster.nginx.baseURL, runId, article.id, sequence++, start))
  }
  const reads: { at: number; status: number }[] = []
  const reader = async () => {
    const paths = ['/', `/articles/${article.slug}`]
    while (Date.now() - start < DURATION_MS) {
      const answer = await request(`${cluster.nginx.baseURL}${paths[reads.length % 2]}`, {
        timeoutMs: 30_000,
      }).catch(() => null)
      reads.push({ at: (answer?.at ?? Date.now()) - start, status: answer?.status ?? 0 })
      await sleep(READ_EVERY_MS)
    }
  }
  let killedAt = 0
  const kill = async () => {
    await sleep(KILL_AT_MS)
    killedAt = Date.now() - start
    killGroup(cluster.a.group)
    log(
      `SIGKILL to instance A (pid ${cluster.a.group.pid}) ${(killedAt / 1000).toFixed(1)} s into the load`,
    )
  }
  log(
    `Write load through nginx: ${CLIENTS} clients for ${DURATION_MS / 1000} s, each write from its own address`,
  )
  await Promise.all([...Array.from({ length: CLIENTS }, client), reader(), kill()])

  // After the load: the site through nginx and B directly, and what the database and bucket hold.
  const after = await Promise.all(
    [...Array(10).keys()].map((index) =>
      request(`${cluster.nginx.baseURL}${index % 2 ? '/' : `/articles/${article.slug}`}`).then(
        (answer) => answer.status,
        () => 0,
      ),
    ),
  )
  const healthB = await request(`${cluster.b.baseURL}/healthz`).then(
    (answer) => answer.status,
    () => 0,
  )
  const stored = await storedWrites(cluster.databaseUrl, `${runId}.example.org`)
  const rows = new Map<string, number>()
  for (const { email } of [...stored.comments, ...stored.submissions]) {
    const marker = email.split('@')[0]
    if (/^w\d+$/.test(marker)) rows.set(marker, (rows.get(marker) ?? 0) + 1)
  }
  const acked = writes.filter(acknowledged)
  const missing = acked.filter((write) => !rows.has(write.marker)).map((write) => write.marker)
  const duplicates = [...rows].filter(([, count]) => count > 1).map(([marker]) => marker)
  const unacknowledgedStored = writes
    .filter((write) => !acknowledged(write) && rows.has(write.marker))
    .map((write) => write.marker)
  const objects = new Set(
    (await cluster.store.keys())
      .filter((key) => key.startsWith('submissions/'))
      .map((key) => key.slice('submissions/'.length)),
  )
  const files = await submissionFiles(cluster.databaseUrl)
  const recordsWithoutFile = files.filter((file) => !file || !objects.has(file)).length
  const orphanObjects = [...objects].filter((object) => !files.includes(object)).length
  const posts = accessLog(cluster.nginx).filter(
    (line) => line.method === 'POST' && line.at >= start,
  )
  const upstream = (port: number) => `127.0.0.1:${port}`
  const nginxView = {
    postsAnsweredByA: posts.filter((line) => line.upstreams.at(-1) === upstream(cluster.a.port))
      .length,
    postsAnsweredByB: posts.filter((line) => line.upstreams.at(-1) === upstream(cluster.b.port))
      .length,
    postsPassedFromAToB: posts.filter((line) => line.upstreams.length > 1).length,
    posts502: posts.filter((line) => line.status === 502).length,
  }
  const readsAfterKill = reads.filter((read) => read.at >= killedAt)
  const figures = {
    clients: CLIENTS,
    durationMs: DURATION_MS,
    killedAtMs: Math.round(killedAt),
    writes: writes.length,
    comments: writes.filter((write) => write.kind === 'comment').length,
    submissions: writes.filter((write) => write.kind === 'submission').length,
    acknowledged: acked.length,
    acknowledgedBeforeKill: acked.filter((write) => write.answered < killedAt).length,
    acknowledgedAfterKill: acked.filter((write) => write.answered >= killedAt).length,
    stored: rows.size,
    missing,
    duplicates,
    unacknowledgedStored,
    failures: failures(writes, killedAt),
    recordsWithoutFile,
    orphanObjects,
    nginx: nginxView,
    reads: reads.length,
    readsNot200: reads
      .filter((read) => read.status !== 200)
      .map((read) => ({
        secondsAfterKill: Number(((read.at - killedAt) / 1000).toFixed(1)),
        status: read.status,
      })),
    readsAfterKill: readsAfterKill.length,
    afterTheLoad: after,
    healthOfB: healthB,
  }
  const failed = writes.filter((write) => !acknowledged(write))
  const refused = failed.filter((write) => !cutOff(write))
  const describe = (some: Write[]) =>
    failures(some, killedAt)
      .map((failure) => `${failure.count}× ${failure.status.split(' → ')[0]}`)
      .join(', ') || 'none'
  const failover: CheckResult = {
    name: 'Write load through nginx, A SIGKILLed midway: nothing acknowledged lost or doubled',
    passed:
      acked.length > 0 &&
      figures.acknowledgedAfterKill > 0 &&
      missing.length === 0 &&
      duplicates.length === 0 &&
      recordsWithoutFile === 0 &&
      after.every((status) => status === 200) &&
      healthB === 200,
    summary:
      `${writes.length} writes (${figures.submissions} manuscripts) from ${CLIENTS} clients, ${acked.length} acknowledged (${figures.acknowledgedBeforeKill} before the kill): missing ${missing.length}, doubled ${duplicates.length}; ` +
      `cut off by the kill ${failed.length - refused.length} (${describe(failed.filter(cutOff))}; of them stored anyway ${unacknowledgedStored.length}); ` +
      `reads through nginx not 200: ${figures.readsNot200.length} of ${reads.length}; after the load ${after.filter((status) => status === 200).length}/${after.length} 200, B healthy ${healthB === 200}; ` +
      `manuscript records without object ${recordsWithoutFile}, objects without record ${orphanObjects}`,
    figures,
  }
  // Every write is valid and comes from an address of its own: any refusal is the site's fault.
  const accepted: CheckResult = {
    name: 'The same load: no valid write refused while two instances take writes',
    passed: refused.length === 0,
    summary: `refused ${refused.length} of ${writes.length} (${refused.filter((write) => write.kind === 'comment').length} comments, ${refused.filter((write) => write.kind === 'submission').length} of ${figures.submissions} manuscripts): ${
      figures.failures
        .filter((failure) => !/^(502|504|no answer)/.test(failure.status))
        .map(
          (failure) =>
            `${failure.count}× ${failure.status}, ${failure.secondsAfterKill} s after the kill`,
        )
        .join('; ') || 'none'
    }`,
    figures: {
      refused: refused.map((write) => ({
        marker: write.marker,
        kind: write.kind,
        error: write.error,
      })),
    },
  }
  return [failover, accepted]
}
