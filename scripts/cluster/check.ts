/**
 * `npm run cluster:check`: the site as several instances behind one address, checked end to end on
 * this machine (stack.ts starts everything, checks/ holds the checks, docs/reliability.md section 9
 * the figures). Plain Node through scripts/run-ts.mjs, never tsx; every wait has a deadline, and
 * everything started is stopped on every way out (processes.ts).
 *
 *   npm run cluster:check                         # builds once (.next/), then checks
 *   CLUSTER_SKIP_BUILD=1 npm run cluster:check    # reuses the build in .next/ as it is
 *   CLUSTER_KEEP_TEMP=1 npm run cluster:check     # keeps the temporary folder (logs, outboxes, nginx)
 *
 * Exits 0 when every check passed, 1 otherwise.
 */
import crypto from 'node:crypto'

import { machine, today } from '../reliability/report'

import { checkComment } from './checks/comment'
import { checkFailover } from './checks/failover'
import { checkFiles } from './checks/files'
import { checkFreshness, FRESHNESS_CHECK } from './checks/freshness'
import { checkSchedule, yardstick } from './checks/schedule'
import type { CheckResult, Context } from './checks/types'
import { log } from './log'
import { NGINX } from './nginx'
import { COMMAND, RESULTS_FILE, saveRun, table, writeFigures } from './report'
import { authorIds, login, seededArticle } from './rest'
import { startCluster, stopCluster, type Cluster } from './stack'

/** Co-authors of the checks' articles: Arzu Bunyad has a staff account (the intern's), so a publish mails someone. */
const AUTHORS = ['arzu-bunyad', 'ziya-kazimzada']

/** A check that throws fails with its error as the figure; the checks after it still run. */
async function attempt(
  name: string,
  check: () => Promise<CheckResult | CheckResult[]>,
): Promise<CheckResult[]> {
  log(`Check: ${name}`)
  try {
    const results = [await check()].flat()
    for (const result of results) log(`  ${result.passed ? 'passed' : 'FAILED'}: ${result.summary}`)
    return results
  } catch (error) {
    log(`  FAILED with an error: ${(error as Error).stack}`)
    return [
      {
        name,
        passed: false,
        summary: `error: ${(error as Error).message.split('\n')[0]}`,
        figures: {},
      },
    ]
  }
}

async function runChecks(cluster: Cluster): Promise<CheckResult[]> {
  const { a, b } = cluster
  const editor = await login(
    a.baseURL,
    cluster.credentials.editor.email,
    cluster.credentials.editor.password,
  )
  const ids = await authorIds(a.baseURL)
  const context: Context = {
    cluster,
    editor,
    runId: `cl-${crypto.randomBytes(4).toString('hex')}`,
    authors: AUTHORS.map((slug) => {
      if (!ids[slug]) throw new Error(`The seed has no author "${slug}"`)
      return ids[slug]
    }),
  }
  const seeded = await seededArticle(a.baseURL)
  const results: CheckResult[] = []
  // The publish's article is the yardstick of the scheduler checks: what one publication leaves.
  let published: Awaited<ReturnType<typeof checkFreshness>>['article'] | undefined
  results.push(
    ...(await attempt(FRESHNESS_CHECK, async () => {
      const freshness = await checkFreshness(context)
      published = freshness.article
      return freshness.result
    })),
  )
  results.push(
    ...(await attempt('Comment on B, approved on A', () => checkComment(context, seeded))),
  )
  results.push(...(await attempt('Files across instances', () => checkFiles(context))))
  const once = published ? await yardstick(context, published) : { versions: 0, mails: 0 }
  results.push(
    ...(await attempt('Scheduled publishes, A + B', () => checkSchedule(context, [a, b], once))),
  )
  results.push(...(await attempt('Failover under writes', () => checkFailover(context, seeded))))
  results.push(
    ...(await attempt('Scheduled publishes, B alone', () => checkSchedule(context, [b], once))),
  )
  return results
}

async function main(): Promise<boolean> {
  const started = Date.now()
  const machineLine = machine()
  const cluster = await startCluster()
  let checks: CheckResult[]
  try {
    checks = await runChecks(cluster)
  } finally {
    await stopCluster(cluster)
  }
  const run = {
    command: COMMAND,
    date: today(),
    machine: machineLine,
    setup: {
      PostgreSQL: `${cluster.engine.version ?? 'PostgreSQL'} (${cluster.engine.settings ?? cluster.engine.description})`,
      'object store': 's3rver 3.7.1 on loopback',
      nginx: `${cluster.nginx.version.replace(/^nginx version: /, '')} (${NGINX})`,
      build: cluster.build,
    },
    passed: checks.every((check) => check.passed),
    minutes: Math.round((Date.now() - started) / 6000) / 10,
    checks,
  }
  saveRun(run)
  writeFigures(run)
  console.info(`\n${table(checks)}\n`)
  log(
    `${run.passed ? 'PASSED' : 'FAILED'}; figures in ${RESULTS_FILE} and docs/reliability.md (section 9)`,
  )
  return run.passed
}

main().then(
  (passed) => process.exit(passed ? 0 : 1),
  (error: unknown) => {
    console.error('[cluster]', error)
    process.exit(1)
  },
)
