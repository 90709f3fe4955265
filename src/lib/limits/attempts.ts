import type { Payload, PayloadRequest, RequestContext } from 'payload'

import type { AttemptLimiter } from './attemptLimiter'
import { bookkeepingRequest } from '@/lib/database'

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
 * A limit of `max` attempts per window is `max` slots per sender, each a row whose `slot` column is
 * unique: `<limiter>:<key>:<n>`. An attempt takes a slot that is free, or whose attempt is older
 * than the window, and the database lets exactly one of several requests store any one slot. So
 * parallel requests, on one server or several, never pass more than the limit, and never fewer
 * either (counting after writing, as before, could refuse a whole burst, a double-clicked form
 * included). The ledger is written through the database adapter (`payload.db`), outside the
 * request's transaction: an attempt must count even when the request fails and rolls back, and
 * other requests (on any server) must see it at once. Those calls run no access control and no
 * hooks, which is right for the server's own bookkeeping; they carry the database seam's
 * bookkeeping `req`, which on PostgreSQL runs them on connections of their own.
 */

type Row = { id: number | string; slot: string; at: string }

const windowStart = (limiter: AttemptLimiter, now: number) =>
  new Date(now - limiter.windowSeconds * 1000).toISOString()

const inside = (row: Row, since: string) => Date.parse(String(row.at)) > Date.parse(since)

const slotName = ({ limiter, key }: AttemptCount, n: number) => `${limiter.name}:${key}:${n}`

const sendersRows = async (payload: Payload, { limiter, key }: AttemptCount): Promise<Row[]> =>
  (
    await payload.db.find({
      collection: LEDGER,
      req: await bookkeepingRequest(payload),
      where: { and: [{ limiter: { equals: limiter.name } }, { key: { equals: key } }] },
      limit: limiter.max,
      pagination: false,
    })
  ).docs as unknown as Row[]

/** Seconds until the oldest attempt in the window leaves it. */
const secondsUntilFree = (rows: Row[], limiter: AttemptLimiter, now: number) =>
  Math.max(
    1,
    Math.ceil(
      (Math.min(...rows.map((row) => Date.parse(String(row.at)))) +
        limiter.windowSeconds * 1000 -
        now) /
        1000,
    ),
  )

/**
 * Stores this attempt in a free slot and answers its row's id, or answers how many seconds the
 * sender must wait when every slot holds an attempt inside the window.
 */
async function takeSlot(
  payload: Payload,
  count: AttemptCount,
  now: number,
): Promise<{ id: number | string } | { wait: number }> {
  const since = windowStart(count.limiter, now)
  const rows = await sendersRows(payload, count)
  const held = new Set(rows.filter((row) => inside(row, since)).map((row) => row.slot))
  let lastError: unknown
  for (let n = 0; n < count.limiter.max; n++) {
    const slot = slotName(count, n)
    if (held.has(slot)) continue
    // An expired attempt frees its slot; the condition keeps a fresh one another request just stored.
    await payload.db.deleteMany({
      collection: LEDGER,
      req: await bookkeepingRequest(payload),
      where: { and: [{ slot: { equals: slot } }, { at: { less_than: since } }] },
    })
    try {
      const row = await payload.db.create({
        collection: LEDGER,
        req: await bookkeepingRequest(payload),
        data: {
          limiter: count.limiter.name,
          key: count.key,
          slot,
          at: new Date(now).toISOString(),
        },
      })
      return { id: row.id as number | string }
    } catch (error) {
      // Taken by a parallel request meanwhile (the unique slot): try the next one.
      lastError = error
    }
  }
  const inWindow = (await sendersRows(payload, count)).filter((row) => inside(row, since))
  // Every slot refused, yet not every slot is held: the database failed, not the sender.
  if (inWindow.length < count.limiter.max) throw lastError
  return { wait: secondsUntilFree(inWindow, count.limiter, now) }
}

const lastSweep = new Map<string, number>()

/** Drops rows older than their limiter's window, now and then: the ledger stays small. */
async function sweep(payload: Payload, limiter: AttemptLimiter, now: number): Promise<void> {
  if (now - (lastSweep.get(limiter.name) ?? 0) < SWEEP_EVERY_MS) return
  lastSweep.set(limiter.name, now)
  await payload.db.deleteMany({
    collection: LEDGER,
    req: await bookkeepingRequest(payload),
    where: {
      and: [
        { limiter: { equals: limiter.name } },
        { at: { less_than: windowStart(limiter, now) } },
      ],
    },
  })
}

const remove = async (payload: Payload, ids: (number | string)[]) => {
  if (ids.length)
    await payload.db.deleteMany({
      collection: LEDGER,
      req: await bookkeepingRequest(payload),
      where: { id: { in: ids } },
    })
}

/**
 * Counts a request against every one of its limits before it runs, or refuses it (429) when any
 * is used up (what it took from the others is given back at once). An attempt that should not
 * count (a failed submission, a successful login) is given back with `giveBackAttempt`.
 */
export async function takeAttempt(
  req: PayloadRequest,
  counts: AttemptCount[],
  refusal: (wait: number) => string,
): Promise<void> {
  const { payload } = req
  const now = Date.now()
  await Promise.all(counts.map(({ limiter }) => sweep(payload, limiter, now)))
  const taken = await Promise.all(counts.map((count) => takeSlot(payload, count, now)))
  const ids = taken.flatMap((result) => ('id' in result ? [result.id] : []))
  const wait = Math.max(0, ...taken.map((result) => ('wait' in result ? result.wait : 0)))
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
