import type { Payload, PayloadRequest, RequestContext, Where } from 'payload'

import type { AttemptLimiter } from './attemptLimiter'
import { TooManyRequests } from './tooManyRequests'

/** One limit an attempt counts against: a limiter, and the sender's key in it. */
export type AttemptCount = { limiter: AttemptLimiter; key: string }

/** The ledger (src/collections/Attempts). */
const LEDGER = 'attempts'
/** Where a request keeps what gives its counts back. */
const TAKEN = 'attemptsTaken'
/** Expired rows are swept at most this often per limiter and process. */
const SWEEP_EVERY_MS = 60_000

/*
 * The ledger is written through the database adapter (`payload.db`), outside the request's
 * transaction: an attempt must count even when the request fails and rolls back, and other
 * requests (on any server) must see it at once. Those calls run no access control and no hooks,
 * which is right for the server's own bookkeeping.
 */

const windowStart = (limiter: AttemptLimiter, now: number) =>
  new Date(now - limiter.windowSeconds * 1000).toISOString()

const inWindow = ({ limiter, key }: AttemptCount, now: number): Where => ({
  and: [
    { limiter: { equals: limiter.name } },
    { key: { equals: key } },
    { at: { greater_than: windowStart(limiter, now) } },
  ],
})

/** Seconds until this count is under its limit again (0: it is), the attempt just recorded included. */
async function waitFor(payload: Payload, count: AttemptCount, now: number): Promise<number> {
  const { docs } = await payload.db.find({
    collection: LEDGER,
    where: inWindow(count, now),
    sort: 'at',
    limit: count.limiter.max + 1,
    pagination: false,
  })
  if (docs.length <= count.limiter.max) return 0
  const oldest = Date.parse(String((docs[0] as { at?: unknown }).at))
  return Math.max(1, Math.ceil((oldest + count.limiter.windowSeconds * 1000 - now) / 1000))
}

const lastSweep = new Map<string, number>()

/** Drops rows older than their limiter's window, now and then: the ledger stays small. */
async function sweep(payload: Payload, limiter: AttemptLimiter, now: number): Promise<void> {
  if (now - (lastSweep.get(limiter.name) ?? 0) < SWEEP_EVERY_MS) return
  lastSweep.set(limiter.name, now)
  await payload.db.deleteMany({
    collection: LEDGER,
    where: {
      and: [
        { limiter: { equals: limiter.name } },
        { at: { less_than: windowStart(limiter, now) } },
      ],
    },
  })
}

const remove = (payload: Payload, ids: (number | string)[]) =>
  payload.db.deleteMany({ collection: LEDGER, where: { id: { in: ids } } })

/**
 * Counts a request against every one of its limits before it runs, or refuses it (429) when any
 * is used up. The attempt is written first and the window counted after, so that of parallel
 * requests (on one server or several) never more than the limit pass: a refused attempt is
 * removed again. An attempt that should not count (a failed submission, a successful login) is
 * given back with `giveBackAttempt`.
 */
export async function takeAttempt(
  req: PayloadRequest,
  counts: AttemptCount[],
  refusal: (wait: number) => string,
): Promise<void> {
  const { payload } = req
  const now = Date.now()
  await Promise.all(counts.map(({ limiter }) => sweep(payload, limiter, now)))
  const rows = await Promise.all(
    counts.map(({ limiter, key }) =>
      payload.db.create({
        collection: LEDGER,
        data: { limiter: limiter.name, key, at: new Date(now).toISOString() },
      }),
    ),
  )
  const ids = rows.map((row) => row.id as number | string)
  const wait = Math.max(
    0,
    ...(await Promise.all(counts.map((count) => waitFor(payload, count, now)))),
  )
  if (wait) {
    await remove(payload, ids)
    throw new TooManyRequests(req, refusal(wait), wait)
  }
  req.context[TAKEN] = () => remove(payload, ids)
}

/**
 * Takes back what `takeAttempt` counted for this request. REST errors reach it through a
 * collection's `afterError` hook; a Local API caller (the site's forms) passes its own `context`
 * object, which Payload uses as the request's, and calls this itself when its create throws.
 */
export async function giveBackAttempt(context: RequestContext): Promise<void> {
  const giveBack = context[TAKEN] as (() => Promise<void>) | undefined
  delete context[TAKEN]
  await giveBack?.()
}
