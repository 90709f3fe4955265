/**
 * How long a change takes to show: a URL asked again and again from the moment the change was
 * answered until its answers have been fresh for a while without a break. Through nginx, a page
 * flips between a fresh and a stale copy while one instance is fresh and the other is not (each
 * second's copy comes from either); so "fresh" counts from the first answer of the last unbroken run
 * of fresh ones, the run must have lasted STABLE_MS, and for nginx it must also span copies from
 * both instances (`settled`, from nginx's log). A change that never settles is reported as such.
 */
import { request, type Answer } from './http'
import { sleep } from './log'

/** Asked every 50–150 ms (at random, so that several watchers through nginx do not fall into step). */
const POLL_MS = { min: 50, spread: 100 }
/** Fresh for this long without a break. */
export const STABLE_MS = 5_000
/** Given up after this long: not fresh. */
export const DEADLINE_MS = 20_000

export type Freshness = {
  /** From the change's answer until the first answer of the last unbroken fresh run; null if none settled. */
  ms: number | null
  polls: number
  /** Stale answers after a fresh one (a copy flipping back). */
  flips: number
  /** Answers that were not HTTP answers, or neither 200 nor 404. */
  errors: number
}

export async function watchUntilFresh(
  url: string,
  isFresh: (answer: Answer) => boolean,
  since: number,
  settled: (runStart: number) => boolean = () => true,
): Promise<Freshness> {
  let runStart: number | null = null
  let polls = 0
  let flips = 0
  let errors = 0
  while (Date.now() - since < DEADLINE_MS + STABLE_MS) {
    const answer = await request(url, { timeoutMs: 10_000 }).catch(() => null)
    polls++
    if (!answer || ![200, 404].includes(answer.status)) errors++
    const fresh = answer !== null && isFresh(answer)
    if (fresh && runStart === null) runStart = answer.at
    if (!fresh && runStart !== null) {
      flips++
      runStart = null
    }
    const at = answer?.at ?? Date.now()
    if (runStart !== null && at - runStart >= STABLE_MS && settled(runStart))
      return { ms: runStart - since, polls, flips, errors }
    if (runStart === null && at - since > DEADLINE_MS) break
    await sleep(POLL_MS.min + Math.random() * POLL_MS.spread)
  }
  return { ms: null, polls, flips, errors }
}

/** Asks `url` a few times, so that what is measured next is a cache refreshing, not a first render. */
export async function warm(url: string, times = 3): Promise<Answer> {
  let last: Answer | undefined
  for (let index = 0; index < times; index++) last = await request(url, { timeoutMs: 60_000 })
  return last!
}
