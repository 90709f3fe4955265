/**
 * Renders bench/RESULTS.md again from the bench/results-<engine>.json files present, without
 * measuring anything: after committing another engine's run, or after changing the report's text.
 *
 *   node --conditions=development scripts/run-ts.mjs bench/render.ts
 */
import { RESULTS_FILE } from './lib/context'
import { renderReport, savedResults } from './lib/report'

renderReport()
console.info(
  `[bench] Rendered ${RESULTS_FILE} from ${savedResults()
    .map((results) => `results-${results.engine}.json`)
    .join(', ')}`,
)
