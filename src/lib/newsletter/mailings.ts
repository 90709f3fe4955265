import type { Payload, PayloadRequest } from 'payload'

import { claim } from '@/lib/claims'
import type { Article } from '@/payload-types'

import { STALE_AFTER_MS } from './send'

export const SEND_MAILING_TASK = 'send-mailing'

/** The digest goes out on Mondays at this hour (UTC), with the seven days before. */
export const DIGEST_WEEKDAY = 1
export const DIGEST_HOUR_UTC = 8

const queueSender = (payload: Payload, mailing: number | string, req?: PayloadRequest) =>
  payload.jobs.queue({ task: SEND_MAILING_TASK, input: { mailing: String(mailing) }, req })

/**
 * When an article goes live for the first time: a mailing to its subscribers, queued in the same
 * transaction as the publish (a publish that fails mails nobody). The mailing's key is unique per
 * article, so an article is mailed at most once, however often it is published again. Nothing is
 * recorded while nobody subscribes to every publication (the demo content, a new site).
 */
export async function queueArticleMailing(req: PayloadRequest, article: Article): Promise<void> {
  if (article.leaveOutOfMailings) return
  const { payload } = req
  const key = `article:${article.id}`
  const [subscribers, mailed] = await Promise.all([
    payload.count({ collection: 'subscribers', where: { frequency: { equals: 'each' } }, req }),
    payload.count({ collection: 'mailings', where: { key: { equals: key } }, req }),
  ])
  if (!subscribers.totalDocs || mailed.totalDocs) return
  const mailing = await payload.create({
    collection: 'mailings',
    data: { key, kind: 'article', article: article.id, title: article.title, status: 'queued' },
    req,
  })
  await queueSender(payload, mailing.id, req)
}

/** The week a digest sent at `now` covers: from the Monday before last at 08:00 UTC to the last. */
export function digestWeek(now: number): { key: string; from: string; until: string } {
  const at = new Date(now)
  const daysSince = (at.getUTCDay() - DIGEST_WEEKDAY + 7) % 7
  const until = new Date(
    Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() - daysSince, DIGEST_HOUR_UTC),
  )
  if (until.getTime() > now) until.setUTCDate(until.getUTCDate() - 7)
  const from = new Date(until.getTime() - 7 * 24 * 3_600_000)
  return {
    key: `digest:${until.toISOString().slice(0, 10)}`,
    from: from.toISOString(),
    until: until.toISOString(),
  }
}

/**
 * Queues this week's digest once its hour has come (the jobs runner checks every hour); its key
 * is the week's, so it is queued once, on one server. Weeks without weekly subscribers are skipped.
 */
export async function queueDueDigest(payload: Payload, now = Date.now()): Promise<boolean> {
  const week = digestWeek(now)
  const subscribers = await payload.count({
    collection: 'subscribers',
    where: { frequency: { equals: 'weekly' } },
  })
  if (!subscribers.totalDocs || !(await claim(payload, `mailing:${week.key}`))) return false
  const mailing = await payload.create({
    collection: 'mailings',
    data: {
      key: week.key,
      kind: 'digest',
      title: `Weekly digest, ${week.until.slice(0, 10)}`,
      status: 'queued',
      from: week.from,
      until: week.until,
    },
  })
  await queueSender(payload, mailing.id)
  return true
}

/**
 * A sending mailing whose heartbeat stopped lost its sender (a server killed mid-mailing): a new
 * sender is queued for it, once per stop (claimed), and goes on from the mailing's cursor.
 */
export async function resumeStalledMailings(payload: Payload, now = Date.now()): Promise<number> {
  const { docs } = await payload.find({
    collection: 'mailings',
    where: {
      and: [
        { status: { equals: 'sending' } },
        { heartbeatAt: { less_than: new Date(now - STALE_AFTER_MS).toISOString() } },
      ],
    },
    depth: 0,
    limit: 20,
    pagination: false,
    select: { heartbeatAt: true },
  })
  let resumed = 0
  for (const mailing of docs) {
    if (!(await claim(payload, `mailing-resume:${mailing.id}:${mailing.heartbeatAt}`))) continue
    payload.logger.warn(`[newsletter] mailing ${mailing.id} lost its sender: resuming it`)
    await queueSender(payload, mailing.id)
    resumed++
  }
  return resumed
}
