/**
 * The check's figures: a table on the terminal, the whole run as JSON
 * (scripts/cluster/results/cluster-check.json, committed with the document), and section 9 of
 * docs/reliability.md rewritten from that file.
 */
import fs from 'node:fs'
import path from 'node:path'

import { ROOT } from '../../tests/e2e/helpers'
import { writeSection } from '../reliability/report'

import type { CheckResult } from './checks/types'

export const RESULTS_FILE = path.join(ROOT, 'scripts', 'cluster', 'results', 'cluster-check.json')
export const COMMAND = 'npm run cluster:check'

export type Run = {
  command: string
  date: string
  machine: string
  /** What ran: PostgreSQL, the object store, nginx, the build. */
  setup: Record<string, string>
  passed: boolean
  minutes: number
  checks: CheckResult[]
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

export function table(checks: CheckResult[]): string {
  return [
    '| Check | Result | Measured |',
    '|---|---|---|',
    ...checks.map(
      (check) =>
        `| ${cell(check.name)} | **${check.passed ? 'passed' : 'FAILED'}** | ${cell(check.summary)} |`,
    ),
  ].join('\n')
}

export function saveRun(run: Run): void {
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true })
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(run, null, 2)}\n`)
}

/** The section of docs/reliability.md, from the saved run. */
export function writeFigures(run: Run): void {
  const setup = Object.entries(run.setup)
    .map(([what, how]) => `${what}: ${how}`)
    .join('; ')
  writeSection(
    '## 9. Several instances',
    `
\`${run.command}\` (\`scripts/cluster/check.ts\`, figures in \`scripts/cluster/results/cluster-check.json\`) starts on one
machine, all on loopback: a throw-away PostgreSQL cluster, an s3rver object store, a migrated and seeded database,
one \`next build\`, two \`npm start\` instances (A and B, each from its own copy of the build, with the same
environment and the jobs runner on in both, ticking every second) and nginx round-robin over both, running
\`deploy/several-instances/thinktank.conf\` itself. Then, through real HTTP: a publish on A, timed until it
shows on B and through nginx (each page warmed first, so a cache is being refreshed, not rendered for the first time;
"fresh" from the first answer of an unbroken 5-second run of fresh ones); a comment through B's no-JavaScript form,
approved on A; an image uploaded through A and a manuscript through B's form, fetched through the other; a
scheduled publish with both runners on (counted in the database and the mail outboxes against one publish made over
REST); a write load of comments and manuscripts through nginx, each from its own loopback address, with A SIGKILLed
midway; and the scheduled publish again with B alone. It exits non-zero if any check fails.

Run ${run.date}, ${run.minutes} min in all. Machine: ${run.machine}. ${setup}.

${table(run.checks)}

**Result: ${run.passed ? 'all checks passed' : 'some checks FAILED'}.** Every figure of the run (each page's time on each
target, nginx's view of the failover, the failed writes by status and time after the kill) is in the JSON file.
What runs of the check found, and what was changed for it: the next section.`,
  )
}
