/**
 * RESULTS.md's admin section: each view's time until usable at 100 articles and at the full corpus,
 * judged on issue 22's targets (usable within 1.5 s, an autosave within 150 ms on the server, no view
 * slower at the full corpus than at 100 articles by more than 1.5×).
 */
import { ENGINE_LABEL } from '../../scripts/reliability/engine'

import type { AdminBench, Samples } from './admin'
import { n0, table, verdict } from './markdown'
import type { Results } from './report'

const USABLE_MS = 1500
const AUTOSAVE_MS = 150
const MAX_GROWTH = 1.5

const ms = (samples?: Samples) => (samples ? `${n0(samples.medianMs)} (${n0(samples.maxMs)})` : '–')

/** The view's median at the full corpus over its median at 100 articles. */
const growth = (small?: Samples, large?: Samples) =>
  small && large ? large.medianMs / Math.max(1, small.medianMs) : undefined

function rows(results: Results): (string | number)[][] {
  const [small, large] = [results.admin?.[0], results.admin?.[1]] as (AdminBench | undefined)[]
  const engine = ENGINE_LABEL[results.engine]
  const keys = [...new Set([small, large].flatMap((entry) => entry?.views ?? []).map((v) => v.key))]
  const viewRows = keys.map((key) => {
    const [a, b] = [small, large].map((entry) => entry?.views.find((view) => view.key === key))
    const ratio = growth(a?.samples, b?.samples)
    const slowest = Math.max(a?.samples?.medianMs ?? 0, b?.samples?.medianMs ?? 0)
    const figure = (view?: (typeof a & object) | undefined) =>
      view?.error ? `failed: ${view.error}` : ms(view?.samples)
    return [
      (a ?? b)!.name,
      engine,
      figure(a),
      figure(b),
      ratio === undefined ? '–' : `${ratio.toFixed(2)} ×`,
      verdict(
        a?.samples || b?.samples ? slowest <= USABLE_MS && (ratio ?? 0) <= MAX_GROWTH : undefined,
      ),
    ]
  })
  const saves = [small?.autosaveServer, large?.autosaveServer]
  const saveRatio = growth(saves[0], saves[1])
  const slowestSave = Math.max(...saves.map((save) => save?.medianMs ?? 0))
  return [
    ...viewRows,
    [
      'Autosave round trip, server’s part',
      engine,
      ms(saves[0]),
      ms(saves[1]),
      saveRatio === undefined ? '–' : `${saveRatio.toFixed(2)} ×`,
      verdict(saves[0] || saves[1] ? slowestSave <= AUTOSAVE_MS : undefined),
    ],
  ]
}

export function adminSection(all: Results[]): string {
  const measured = all.filter((results) => results.admin?.length)
  if (!measured.length) return '_Not measured._'
  const sizes = (results: Results) =>
    results
      .admin!.map((entry) => `${n0(entry.articles)} articles and ${n0(entry.comments)} comments`)
      .join(' vs ')
  const runs = measured
    .filter((results) => results.adminRun)
    .map(
      (results) =>
        `- ${ENGINE_LABEL[results.engine]}: measured by \`${results.adminRun!.command}\` on ${results.adminRun!.date}.`,
    )
  const [small, large] = [measured[0].admin![0], measured[0].admin![1]]
  return `Logged in as the seeded editor in Chromium (1280×900, on the load core), each view opened once to warm up,
then 5 times; the figure is the median, the slowest in brackets, in milliseconds, from asking for the view (navigation,
or the click that opens a picker) until the element a person works with is on screen: the first row of a list, the
review queue and moderation counts of the dashboard, the title field and the editable body of the edit view, the
options of a picker. The autosave row is the server's part of the autosave request (sent → first byte of the answer)
while typing in the benchmark article's title. Corpus: ${measured.map((results) => `${ENGINE_LABEL[results.engine]}: ${sizes(results)}`).join('; ')}.
Targets: each view usable within ${n0(USABLE_MS)} ms at both sizes, an autosave within ${AUTOSAVE_MS} ms on the server, and no
view slower at the larger corpus than at the smaller by more than ${MAX_GROWTH}×.
${runs.length ? `\n${runs.join('\n')}\n` : ''}
${table(
  [
    'View',
    'Engine',
    `At ${n0(small?.articles)} articles`,
    `At ${n0(large?.articles)} articles`,
    'Growth',
    'Verdict',
  ],
  measured.flatMap(rows),
)}`
}
