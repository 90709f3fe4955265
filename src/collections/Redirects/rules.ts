/**
 * What a redirect may be, the same for one saved in the admin, over the API or from a CSV file.
 * A redirect leads from a path that answers nothing any more straight to where the content is
 * now: never to itself (a loop), never to another redirect's start or from another redirect's end
 * (a chain, which costs readers a second round trip and search engines stop following), never
 * from an address the site answers (it would hide a live page), and only one per path.
 */
import { RESERVED_PAGE_SLUGS } from '@/collections/Pages/reservedSlugs'

/** Where an existing redirect leads, and the CSV line it is on when it comes from the same file. */
export type Leg = { from: string; to: string; line?: number }

/** What the rules need to know about the other redirects and the live site. */
export type RedirectGraph = {
  /** Another redirect from `path`. */
  startingAt(path: string): Promise<Leg | undefined>
  /** Another redirect whose target is the path `path` (not a document). */
  endingAt(path: string): Promise<Leg | undefined>
  /** Whether a document answers at `path` now (a published article or page, an author, a topic). */
  isLive(path: string): Promise<boolean>
}

/** The sections whose next part is a document's slug: live only while a document has it. */
const CONTENT_SECTIONS = new Set(['articles', 'authors', 'topics'])

/**
 * An address the site answers whatever the content: the home page, a section (/articles, /search,
 * /feed.xml…), the admin and the API, and everything below the site's own routes
 * (RESERVED_PAGE_SLUGS, the same list that keeps pages off them), except the slugs of
 * /articles/…, /authors/… and /topics/…. A redirect from one would never be used, or would hide it.
 */
function isSiteAddress(path: string): boolean {
  if (path === '/') return true
  const [first = '', ...rest] = path.slice(1).split('/')
  const stem = first.replace(/\.[^.]*$/, '')
  if (!(RESERVED_PAGE_SLUGS as readonly string[]).includes(stem)) return false
  return rest.length === 0 || !CONTENT_SECTIONS.has(first)
}

const onLine = (leg: Leg) => (leg.line === undefined ? '' : ` (line ${leg.line})`)

/** Why `from` cannot start a redirect, or undefined when it can. */
export async function fromProblem(from: string, graph: RedirectGraph): Promise<string | undefined> {
  if (isSiteAddress(from))
    return `${from} is an address the site itself answers (the home page, a section, the admin…): it cannot be redirected.`
  if (await graph.isLive(from))
    return `${from} is a live address (a published article or page, an author or a topic): a redirect would hide it.`
  const duplicate = await graph.startingAt(from)
  if (duplicate)
    return `There is already a redirect from ${from}${onLine(duplicate)}, to ${duplicate.to}.`
  const into = await graph.endingAt(from)
  if (into)
    return `The redirect from ${into.from}${onLine(into)} leads to ${from}, so this would make a chain: point that redirect at the final address instead.`
  return undefined
}

/** Why a redirect from `from` cannot lead to the path `to`, or undefined when it can. */
export async function toProblem(
  to: string,
  from: string | undefined,
  graph: RedirectGraph,
): Promise<string | undefined> {
  if (to === from) return loopProblem(to)
  const onward = await graph.startingAt(to)
  if (onward)
    return `${to} is itself redirected to ${onward.to}${onLine(onward)}: point at ${onward.to} instead.`
  return undefined
}

export const loopProblem = (path: string) =>
  `This would send ${path} to itself (a loop): choose another target.`
