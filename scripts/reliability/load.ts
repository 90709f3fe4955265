/**
 * Load without loss (`npm run reliability:load [-- --engine=sqlite|postgres]`): 500 comments and
 * 50 submissions over 55 connections against a production server, while a reader fetches an
 * article page; then every acknowledged write must be in the database exactly once and every
 * submission must have its file. Saves its figures in scripts/reliability/results/load-<engine>.json
 * and rewrites section 2 of docs/reliability.md from the saved runs of every engine.
 */
import { ENGINE_LABEL } from './engine'
import { firstArticle } from './localApi'
import { probePage, summarize, type ProbeResult } from './probe'
import {
  command,
  databaseOf,
  machine,
  ms,
  savedRuns,
  saveRun,
  seconds,
  sideBySide,
  today,
  writeSection,
  type RunInfo,
} from './report'
import { log, prepareSite, runScript, shutDown, startServer } from './site'
import { compareFiles, compareWrites, readStored } from './verify'
import { countingAgent, postWrite, runPool, statusCounts } from './writes'

const WRITES = 550
const CONCURRENCY = 55
/** How long the page is probed on the idle server first, for a baseline to compare with. */
const BASELINE_MS = 5_000

/** What earlier runs of this script found; kept in the section the script rewrites. */
const FOUND_AND_FIXED = `
**Found and fixed by this script:** the first run answered 400 to 38 of the 50 submissions, and left
their 38 manuscripts on disk without a record. \`assignReference\` numbered a submission by counting the
stored ones; submissions arriving together all counted the same rows before any was inserted, took the
same \`TT-YYYY-NNNN\`, and the unique index refused all but one. Payload writes the upload before the row
and does not remove it when the insert fails, hence the orphans. The hook now follows the highest stored
number and the highest this process has issued (\`src/collections/Submissions/hooks/assignReference.ts\`).
Still open: any other insert failure after the upload would leave its file the same way.
`

type Counts = ReturnType<typeof statusCounts>

/** One run's figures, as saved in scripts/reliability/results/load-<engine>.json. */
type LoadRun = RunInfo & {
  writes: number
  concurrency: number
  connections: number
  duration: string
  writeLatency: { p50: number; p99: number }
  sent: { comment: Counts; submission: Counts; all: Counts }
  readBack: {
    acknowledged: number
    found: number
    missing: number
    duplicates: number
    unacknowledgedStored: number
    someMissing: string[]
  }
  files: { records: number; files: number; recordsWithoutFile: number; orphanFiles: number }
  articlePath: string
  page: ProbeResult
  idle: ProbeResult
  baselineMs: number
}

const counts = (c: Counts) =>
  `${c.total} / ${c.ok} / ${c.refused429} / ${c.other4xx} / ${c.server5xx} / ${c.noAnswer}`

function writeFigures(): void {
  const runs = savedRuns<LoadRun>('load')
  const page = (p: ProbeResult) =>
    `${p.requests} requests, p50 **${ms(p.p50)}**, p99 **${ms(p.p99)}**, max ${ms(p.max)}, not 200: **${p.non200.length}**${p.non200.length ? ` (${[...new Set(p.non200)].join(', ')})` : ''}`
  writeSection(
    '## 2. Load without loss',
    `
\`npm run reliability:load -- --engine=sqlite|postgres\` (\`scripts/reliability/load.ts\`): a production server
(\`next build\` + \`npm start\`, i.e. server.mjs) on a temporary migrated and seeded database takes ${WRITES} writes (500 comments to
\`POST /api/comments\`, 50 PDF submissions to \`POST /api/submissions\`, each from its own \`X-Forwarded-For\` address and e-mail)
from a pool of ${CONCURRENCY} workers, while one reader fetches an article page in a loop, one request at a time.
Then every acknowledged write must be in the database exactly once and every submission must have its file,
read back beside the running server through Payload's Local API (\`scripts/reliability/payloadTask.ts\`). The last run on
each engine (${runs.map((run) => `\`scripts/reliability/results/load-${run.engine}.json\``).join(', ')}):

${sideBySide(runs, [
  ['Command', (run) => `\`${run.command}\``],
  ['Run', (run) => run.date],
  ['Result', (run) => `**${run.passed ? 'passed' : 'FAILED'}**`],
  ['Database', (run) => run.database],
  ['Machine', (run) => run.machine],
  [
    'Writes',
    (run) =>
      `${run.writes} from ${run.concurrency} workers over **${run.connections} TCP connections**, in ${run.duration}`,
  ],
  ['Write latency', (run) => `p50 ${ms(run.writeLatency.p50)}, p99 ${ms(run.writeLatency.p99)}`],
  ['Comments: sent / 2xx / 429 / other 4xx / 5xx / no answer', (run) => counts(run.sent.comment)],
  [
    'Submissions: sent / 2xx / 429 / other 4xx / 5xx / no answer',
    (run) => counts(run.sent.submission),
  ],
  ['All: sent / 2xx / 429 / other 4xx / 5xx / no answer', (run) => counts(run.sent.all)],
  [
    'Acknowledged / found in the database',
    (run) => `**${run.readBack.acknowledged}** / **${run.readBack.found}**`,
  ],
  [
    'Missing / duplicates',
    (run) =>
      `**${run.readBack.missing}** / **${run.readBack.duplicates}**${run.readBack.someMissing.length ? ` (e.g. ${run.readBack.someMissing.slice(0, 3).join(', ')})` : ''}`,
  ],
  ['Unacknowledged but stored', (run) => run.readBack.unacknowledgedStored],
  [
    'Submission records / files in `UPLOAD_DIR/submissions`',
    (run) => `${run.files.records} / ${run.files.files}`,
  ],
  [
    'Records without file / orphan files',
    (run) => `**${run.files.recordsWithoutFile}** / **${run.files.orphanFiles}**`,
  ],
  ['Article page during the load', (run) => `\`${run.articlePath}\`: ${page(run.page)}`],
  [
    'Idle baseline just before',
    (run) =>
      `${run.baselineMs / 1000} s: ${run.idle.requests} requests, p50 ${ms(run.idle.p50)}, p99 ${ms(run.idle.p99)}`,
  ],
])}

One server process serves reads and writes on one event loop, so a page waits its turn among the
${CONCURRENCY} writes in flight. On SQLite, whose driver (libSQL) runs every query on that thread, the page's latency under
this load follows the write latency; on PostgreSQL the queries run in the database server's processes while the event
loop goes on, so the page waits less (compare the columns; the throw-away cluster also runs without \`fsync\`).
${FOUND_AND_FIXED}`,
  )
}

runScript('reliability:load', async (engine) => {
  const machineLine = machine()
  const site = await prepareSite(engine)
  const server = await startServer(site)
  try {
    const article = await firstArticle(site)
    const runId = `rel-${Date.now().toString(36)}-0`
    const { agent, connections } = countingAgent(CONCURRENCY)
    let sequence = 0
    const next = () =>
      sequence < WRITES
        ? postWrite(site.baseURL, agent, article.id, `${runId}-${sequence}`, sequence++)
        : null

    const pageUrl = `${site.baseURL}${article.path}`
    const stopBaseline = probePage(pageUrl)
    await new Promise((resolve) => setTimeout(resolve, BASELINE_MS))
    const idle = await stopBaseline()

    log(`Posting ${WRITES} writes, ${CONCURRENCY} at a time, while fetching ${article.path}`)
    const stopProbe = probePage(pageUrl)
    const started = Date.now()
    const outcomes = await runPool(CONCURRENCY, next)
    const duration = seconds(started)
    const page = await stopProbe()
    agent.destroy()

    const all = statusCounts(outcomes)
    const writeLatency = summarize(
      outcomes.map((outcome) => outcome.ms),
      [],
    )
    const stored = await readStored(site)
    const writes = compareWrites(outcomes, stored)
    const files = compareFiles(site.uploadDir, stored)
    const byKind = (kind: string) =>
      statusCounts(outcomes.filter((outcome) => outcome.kind === kind))
    log(
      `Writes ${JSON.stringify(all)} in ${duration}; ${JSON.stringify(writes)}; files ${JSON.stringify(files)}; page ${JSON.stringify(page)}`,
    )

    const passed =
      all.server5xx === 0 &&
      all.noAnswer === 0 &&
      writes.missing.length === 0 &&
      writes.duplicates.length === 0 &&
      files.recordsWithoutFile === 0 &&
      files.orphanFiles.length === 0 &&
      page.non200.length === 0
    const file = saveRun<LoadRun>('load', {
      engine: engine.engine,
      command: command('reliability:load', engine),
      date: today(),
      machine: machineLine,
      database: databaseOf(engine),
      passed,
      writes: WRITES,
      concurrency: CONCURRENCY,
      connections: connections(),
      duration,
      writeLatency: { p50: writeLatency.p50, p99: writeLatency.p99 },
      sent: { comment: byKind('comment'), submission: byKind('submission'), all },
      readBack: {
        acknowledged: writes.acknowledged,
        found: writes.found,
        missing: writes.missing.length,
        duplicates: writes.duplicates.length,
        unacknowledgedStored: writes.unacknowledgedStored,
        someMissing: writes.missing.slice(0, 10),
      },
      files: {
        records: files.records,
        files: files.files,
        recordsWithoutFile: files.recordsWithoutFile,
        orphanFiles: files.orphanFiles.length,
      },
      articlePath: article.path,
      page,
      idle,
      baselineMs: BASELINE_MS,
    })
    writeFigures()
    log(
      `${passed ? 'PASSED' : 'FAILED'} on ${ENGINE_LABEL[engine.engine]}; figures saved in ${file} and written to docs/reliability.md`,
    )
    return passed
  } finally {
    await shutDown(site, server)
  }
})
