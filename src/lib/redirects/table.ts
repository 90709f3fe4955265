/**
 * The redirects the public site answers with, held in memory by each server process: a 404 asks
 * this table, not the database. The table belongs to one cache generation (src/lib/pageCache/
 * generation.ts), like every cached page: a change to a redirect, or to anything a redirect may
 * lead to (a slug, a publication), renews the generation on every instance, and each one loads its
 * table again at its next 404 after reading the new generation (within GENERATION_CHECK_MS). So a
 * redirect made through instance A answers on instance B too, with no message between them and
 * no query per request while nothing changes.
 */

/** From path (no language prefix) to the path it leads to now. */
export type RedirectTargets = ReadonlyMap<string, string>

export type RedirectTable = (path: string) => Promise<string | undefined>

/**
 * A look-up that reloads its table when `generation` answers a new one; one load at a time,
 * shared by the requests that wait for it. No generation (the database does not answer, or
 * `next build`): no redirect, as the page cache keeps nothing then either. A failed load is tried
 * again at the next look-up.
 */
export function redirectTable({
  generation,
  load,
}: {
  generation: () => Promise<string | undefined>
  load: () => Promise<RedirectTargets>
}): RedirectTable {
  let held: { generation: string; targets: Promise<RedirectTargets> } | undefined
  return async (path) => {
    const current = await generation()
    if (current === undefined) return undefined
    if (held?.generation !== current) {
      const targets = load()
      held = { generation: current, targets }
      targets.catch(() => {
        if (held?.targets === targets) held = undefined
      })
    }
    return (await held.targets).get(path)
  }
}
