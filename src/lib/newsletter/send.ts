import type { Payload, Where } from 'payload'

import { bookkeepingRequest } from '@/lib/database'
import { claim } from '@/lib/claims'
import type { Mailing, Subscriber } from '@/payload-types'

import type { Mail } from './compose'
import { mailingContent, type MailingContent } from './content'
import { listHeaders, preferencesLink, unsubscribeLink } from './links'
import { articleRecipients, digestRecipients } from './recipients'

/*
 * The newsletter's sender, run by the jobs queue (src/jobs/sendMailing.ts) one slice at a time.
 *
 * Before a mail is handed to the mail server, its delivery row is stored, and its key
 * (`<mailing>:<subscriber>`) is unique: only one sender, on one server, can ever take a reader's
 * copy of a mailing. The answer is recorded as soon as the mail server gives it. A sender killed
 * in between leaves the row "sending": the next sender marks it "unconfirmed" and never sends it
 * again, since it may have gone out. So a resumed mailing sends nobody a second copy; at most the
 * few mails in flight at the kill are in doubt, and the mailing's record counts them.
 */

/** A mail the server refused for a while (4xx, no connection) is tried this many times in all. */
export const MAX_ATTEMPTS = 3
/** After the first and second failure: wait this long before the next try. */
const RETRY_AFTER_MS = [60_000, 5 * 60_000]
/** A delivery taken longer ago than this without an answer: its sender is gone. */
export const STALE_AFTER_MS = 60_000
/**
 * A live sender says so at least this often, well inside STALE_AFTER_MS, so that a slow mail
 * server or a low NEWSLETTER_RATE never makes it look stalled to resumeStalledMailings.
 */
const HEARTBEAT_MS = 10_000
/** Subscribers read per query. */
const PAGE_SIZE = 100
/** A slice ends after this long, well inside the jobs runner's limit for a job (housekeeping.ts). */
export const SLICE_MS = 2 * 60_000

/** Mails per second handed to the mail server, by default (NEWSLETTER_RATE; 0: as fast as it takes them). */
export const DEFAULT_RATE = 10

export const sendingRate = () => {
  const rate = Number(process.env.NEWSLETTER_RATE ?? DEFAULT_RATE)
  return Number.isFinite(rate) && rate >= 0 ? rate : DEFAULT_RATE
}

export type SliceResult = { done: true } | { done: false; waitUntil?: Date }

type Delivery = { id: number | string; attempts: number; subscriber: string }

/** Spaces out the mails of one sender at `rate` per second. */
function throttle(rate: number) {
  let next = Date.now()
  return async () => {
    if (!rate) return
    const wait = next - Date.now()
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    next = Math.max(next, Date.now()) + 1000 / rate
  }
}

/** 5xx: the mail server will never take it (no such mailbox); anything else may pass later. */
const isPermanent = (error: unknown) => {
  const code = Number((error as { responseCode?: unknown })?.responseCode)
  return code >= 500 && code < 600
}

class Sender {
  private readonly wait: () => Promise<void>
  private lastBeat = 0
  constructor(
    private readonly payload: Payload,
    private readonly mailing: Mailing,
    private readonly content: MailingContent,
    rate: number,
  ) {
    this.wait = throttle(rate)
  }

  private db = async () => bookkeepingRequest(this.payload)

  private async mailFor(subscriber: Subscriber): Promise<Mail | null> {
    const secret = this.payload.secret
    return this.content.mailFor(subscriber, {
      preferences: preferencesLink(subscriber, secret),
      unsubscribe: unsubscribeLink(subscriber, secret),
    })
  }

  /** Hands one mail to the mail server and records its answer on the delivery. */
  private async deliver(delivery: Delivery, subscriber: Subscriber, mail: Mail) {
    await this.wait()
    let data: Record<string, unknown>
    try {
      await this.payload.sendEmail({
        to: subscriber.email,
        ...mail,
        headers: listHeaders(subscriber, this.payload.secret, this.content.site),
      })
      data = { status: 'sent', sentAt: new Date().toISOString(), error: null }
    } catch (error) {
      const final = isPermanent(error) || delivery.attempts >= MAX_ATTEMPTS
      data = {
        status: 'failed',
        error: String((error as Error)?.message ?? error).slice(0, 500),
        attempts: final ? MAX_ATTEMPTS : delivery.attempts,
        retryAt: final
          ? null
          : new Date(Date.now() + RETRY_AFTER_MS[delivery.attempts - 1]!).toISOString(),
      }
    }
    await this.payload.db.updateOne({
      collection: 'deliveries',
      id: delivery.id,
      data,
      req: await this.db(),
    })
  }

  /** Takes a subscriber's copy (null: some sender took it before) by storing its delivery. */
  private async take(subscriber: Subscriber): Promise<Delivery | null> {
    try {
      const row = await this.payload.db.create({
        collection: 'deliveries',
        data: {
          key: `${this.mailing.key}:${subscriber.id}`,
          mailing: this.mailing.id,
          subscriber: String(subscriber.id),
          status: 'sending',
          attempts: 1,
          takenAt: new Date().toISOString(),
        },
        req: await this.db(),
      })
      return { id: row.id as number | string, attempts: 1, subscriber: String(subscriber.id) }
    } catch {
      return null
    }
  }

  /** Deliveries whose sender stopped before recording the answer: never sent again. */
  async settleAbandoned(now: number) {
    await this.payload.db.updateMany({
      collection: 'deliveries',
      where: {
        and: [
          { mailing: { equals: this.mailing.id } },
          { status: { equals: 'sending' } },
          { takenAt: { less_than: new Date(now - STALE_AFTER_MS).toISOString() } },
        ],
      },
      data: { status: 'unconfirmed' },
      req: await this.db(),
      returning: false,
    })
  }

  private retryWhere = (extra: Where): Where => ({
    and: [
      { mailing: { equals: this.mailing.id } },
      { status: { equals: 'failed' } },
      { attempts: { less_than: MAX_ATTEMPTS } },
      extra,
    ],
  })

  /** Tries again the failures that are due; each retry is claimed, so only one sender makes it. */
  async retryDue(deadline: number) {
    const { docs } = await this.payload.db.find({
      collection: 'deliveries',
      where: this.retryWhere({ retryAt: { less_than_equal: new Date().toISOString() } }),
      limit: PAGE_SIZE,
      pagination: false,
      req: await this.db(),
    })
    for (const row of docs as unknown as Delivery[]) {
      if (Date.now() > deadline) return
      const attempts = row.attempts + 1
      if (!(await claim(this.payload, `delivery:${row.id}:${attempts}`))) continue
      const subscriber = await this.payload
        .findByID({ collection: 'subscribers', id: row.subscriber, depth: 0, disableErrors: true })
        .catch(() => null)
      const mail = subscriber ? await this.mailFor(subscriber) : null
      if (!subscriber || !mail) {
        // Erased meanwhile, or nothing left to send them: nothing to retry.
        await this.payload.db.deleteOne({
          collection: 'deliveries',
          where: { id: { equals: row.id } },
          req: await this.db(),
        })
        continue
      }
      await this.payload.db.updateOne({
        collection: 'deliveries',
        id: row.id,
        data: { status: 'sending', attempts, takenAt: new Date().toISOString() },
        req: await this.db(),
      })
      await this.deliver({ ...row, attempts }, subscriber, mail)
      await this.keepAlive()
    }
  }

  /**
   * When the oldest delivery another sender took and never answered (one killed in flight) will
   * be old enough to settle as unconfirmed, if there is one: until then the mailing is not done.
   */
  async nextSettle(): Promise<Date | undefined> {
    const { docs } = await this.payload.db.find({
      collection: 'deliveries',
      where: { and: [{ mailing: { equals: this.mailing.id } }, { status: { equals: 'sending' } }] },
      sort: 'takenAt',
      limit: 1,
      pagination: false,
      req: await this.db(),
    })
    const at = (docs[0] as { takenAt?: string } | undefined)?.takenAt
    // A moment past the staleness limit: settleAbandoned takes only rows strictly older.
    return at ? new Date(Date.parse(at) + STALE_AFTER_MS + 1000) : undefined
  }

  /** The next retry that is not due yet, if any. */
  async nextRetry(): Promise<Date | undefined> {
    const { docs } = await this.payload.db.find({
      collection: 'deliveries',
      where: this.retryWhere({ retryAt: { exists: true } }),
      sort: 'retryAt',
      limit: 1,
      pagination: false,
      req: await this.db(),
    })
    const at = (docs[0] as { retryAt?: string } | undefined)?.retryAt
    return at ? new Date(at) : undefined
  }

  /** Sends to subscribers after the cursor until the deadline; true when every one was reached. */
  async sendNew(deadline: number): Promise<boolean> {
    let cursor = this.mailing.cursor ?? null
    const recipients =
      this.mailing.kind === 'article'
        ? articleRecipients(await this.articleFiled())
        : digestRecipients
    for (;;) {
      const { docs } = await this.payload.find({
        collection: 'subscribers',
        where: cursor ? { and: [recipients, { id: { greater_than: cursor } }] } : recipients,
        sort: 'id',
        limit: PAGE_SIZE,
        pagination: false,
        depth: 0,
      })
      for (const subscriber of docs) {
        const mail = await this.mailFor(subscriber)
        cursor = String(subscriber.id)
        if (!mail) continue
        const delivery = await this.take(subscriber)
        if (delivery) await this.deliver(delivery, subscriber, mail)
        await this.keepAlive({ cursor })
        if (Date.now() > deadline) break
      }
      await this.heartbeat({ cursor })
      if (docs.length < PAGE_SIZE && (!docs.length || cursor === String(docs.at(-1)!.id)))
        return true
      if (Date.now() > deadline) return false
    }
  }

  private async articleFiled() {
    const article = await this.payload.findByID({
      collection: 'articles',
      id:
        typeof this.mailing.article === 'object' ? this.mailing.article!.id : this.mailing.article!,
      depth: 0,
      select: { topics: true, authors: true },
    })
    return { topics: article.topics, authors: article.authors }
  }

  async heartbeat(data: Record<string, unknown> = {}) {
    this.lastBeat = Date.now()
    await this.payload.db.updateOne({
      collection: 'mailings',
      id: this.mailing.id,
      data: { heartbeatAt: new Date().toISOString(), ...data },
      req: await this.db(),
    })
  }

  private async keepAlive(data: Record<string, unknown> = {}) {
    if (Date.now() - this.lastBeat >= HEARTBEAT_MS) await this.heartbeat(data)
  }

  /** The record editors read: how many were taken, sent, failed for good, in doubt. */
  async counts() {
    const count = async (status?: string) =>
      (
        await this.payload.db.count({
          collection: 'deliveries',
          where: {
            and: [
              { mailing: { equals: this.mailing.id } },
              ...(status ? [{ status: { equals: status } }] : []),
            ],
          },
          req: await this.db(),
        })
      ).totalDocs
    const [recipients, sent, failed, unconfirmed] = await Promise.all([
      count(),
      count('sent'),
      count('failed'),
      count('unconfirmed'),
    ])
    return { recipients, sent, failed, unconfirmed }
  }
}

/**
 * Sends what a mailing still owes for up to `sliceMs`: first failures that are due again, then the
 * subscribers not reached yet, in id order from where the last slice stopped. Answers whether the
 * mailing is done, or when the next slice should run.
 */
export async function sendMailingSlice(
  payload: Payload,
  mailingId: number | string,
  { sliceMs = SLICE_MS, rate = sendingRate() }: { sliceMs?: number; rate?: number } = {},
): Promise<SliceResult> {
  const mailing = await payload.findByID({
    collection: 'mailings',
    id: mailingId,
    depth: 0,
    disableErrors: true,
  })
  if (!mailing || mailing.status === 'done') return { done: true }
  const content = await mailingContent(payload, mailing)
  const sender = new Sender(payload, mailing, content, rate)
  const now = Date.now()
  const deadline = now + sliceMs
  await sender.heartbeat(
    mailing.status === 'queued'
      ? { status: 'sending', startedAt: new Date(now).toISOString() }
      : {},
  )
  await sender.settleAbandoned(now)

  let reachedAll = true
  if (await content.live()) {
    await sender.retryDue(deadline)
    reachedAll = Date.now() <= deadline && (await sender.sendNew(deadline))
  }
  // A delivery a killed sender took after its last heartbeat is younger than STALE_AFTER_MS when
  // this slice began; this slice passed over it (its key is taken). Settled here if it is old
  // enough now; if not, the mailing waits for it rather than being done with it still "sending".
  if (reachedAll) await sender.settleAbandoned(Date.now())
  const counts = await sender.counts()
  const nextRetry = (await content.live()) ? await sender.nextRetry() : undefined
  const nextSettle = reachedAll ? await sender.nextSettle() : undefined
  if (reachedAll && !nextRetry && !nextSettle) {
    await sender.heartbeat({ ...counts, status: 'done', finishedAt: new Date().toISOString() })
    return { done: true }
  }
  const waitUntil = reachedAll
    ? [nextRetry, nextSettle]
        .filter((at): at is Date => at !== undefined)
        .reduce((first, at) => (at < first ? at : first))
    : undefined
  // Waiting for a retry is not a lost sender: the mailing is not stalled before that time.
  await sender.heartbeat({ ...counts, ...(waitUntil && { heartbeatAt: waitUntil.toISOString() }) })
  return { done: false, waitUntil }
}
