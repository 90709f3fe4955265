/**
 * Crash safety (`npm run reliability:crash [-- --engine=sqlite|postgres]`): a production server
 * takes comments and submissions over 55 connections; a random 1–3 s after the first answer it is
 * SIGKILLed, started again on the same database and checked: the engine's integrity check, every
 * write acknowledged before any kill so far still there (once), submission files against records,
 * the article page answering 200. RELIABILITY_CRASH_ROUNDS rounds (default 10) on one build and
 * one database. Saves its figures in scripts/reliability/results/crash-<engine>.json and rewrites
 * section 3 of docs/reliability.md from the saved runs of every engine.
 */
import { ENGINE_LABEL, type EngineServer } from './engine'
import { firstArticle, type ArticleTarget } from './localApi'
import { pageStatus } from './probe'
import {
  command,
  databaseOf,
  machine,
  savedRuns,
  saveRun,
  seconds,
  sideBySide,
  today,
  writeSection,
  type RunInfo,
} from './report'
import {
  killServer,
  log,
  prepareSite,
  runScript,
  shutDown,
  startServer,
  type Server,
  type Site,
} from './site'
import {
  compareFiles,
  compareWrites,
  integrityCheck,
  integrityOk,
  markerIn,
  readStored,
} from './verify'
import { countingAgent, postWrite, runPool, statusCounts, type WriteOutcome } from './writes'

const ROUNDS = Number(process.env.RELIABILITY_CRASH_ROUNDS || 10)
const CONCURRENCY = 55

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type Round = {
  loadMs: number
  sent: ReturnType<typeof statusCounts>
  restart: string
  integrity: string
  acknowledged: number
  found: number
  missing: number
  duplicates: number
  cutOffStored: number
  recordsWithoutFile: number
  orphanFiles: number
  /** Orphan files not from a cut-off write: a refused or acknowledged submission left its file. */
  unexplainedOrphans: number
  page: string
}

/** Longest wait for the first answer of a round before killing anyway (a server that never answers). */
const FIRST_ANSWER_TIMEOUT_MS = 60_000

/**
 * Writes until the kill; resolves once every request in flight has ended (answered or cut off).
 * The 1–3 s are counted from the first answer: with 55 writes in flight on a freshly started server
 * the first ones take about 3 s, so a clock started with the load killed the server before any write
 * was acknowledged, and there was nothing to check.
 */
async function loadUntilKilled(
  site: Site,
  server: Server,
  articleId: ArticleTarget['id'],
  markerPrefix: string,
  loadMs: number,
  firstSequence: number,
) {
  const { agent } = countingAgent(CONCURRENCY)
  let killed = false
  let sequence = firstSequence
  let answered: () => void = () => undefined
  const firstAnswer = new Promise<void>((resolve) => (answered = resolve))
  const next = () => {
    if (killed) return null
    return postWrite(
      site.baseURL,
      agent,
      articleId,
      `${markerPrefix}-${sequence}`,
      sequence++,
    ).then((outcome) => {
      if (outcome.status !== 0) answered()
      return outcome
    })
  }
  const pool = runPool(CONCURRENCY, next)
  // unref: this timer alone must not keep the script alive once the rounds are over.
  await Promise.race([
    firstAnswer,
    new Promise((resolve) => setTimeout(resolve, FIRST_ANSWER_TIMEOUT_MS).unref()),
  ])
  await sleep(loadMs)
  killServer(server)
  killed = true
  const outcomes = await pool
  agent.destroy()
  while (!server.exited()) await sleep(50)
  return outcomes
}

async function crashRound(
  site: Site,
  server: Server,
  article: ArticleTarget,
  round: number,
  runId: string,
  history: WriteOutcome[],
) {
  const loadMs = 1000 + Math.round(Math.random() * 2000)
  // Sequences (and so client addresses) continue across rounds: the flood limit holds each address 15 s.
  const outcomes = await loadUntilKilled(
    site,
    server,
    article.id,
    `${runId}-${round}`,
    loadMs,
    history.length,
  )
  history.push(...outcomes)
  const restarted = Date.now()
  const next = await startServer(site)
  const restart = seconds(restarted)
  const integrity = await integrityCheck(site)
  const stored = await readStored(site)
  const writes = compareWrites(history, stored)
  const files = compareFiles(site.uploadDir, stored)
  const page = await pageStatus(`${site.baseURL}${article.path}`)
  const cutOff = new Set(history.filter(({ status }) => status === 0).map(({ marker }) => marker))
  const figures: Round = {
    loadMs,
    sent: statusCounts(outcomes),
    restart,
    integrity,
    acknowledged: writes.acknowledged,
    found: writes.found,
    missing: writes.missing.length,
    duplicates: writes.duplicates.length,
    cutOffStored: writes.unacknowledgedStored,
    recordsWithoutFile: files.recordsWithoutFile,
    orphanFiles: files.orphanFiles.length,
    unexplainedOrphans: files.orphanFiles.filter((name) => !cutOff.has(markerIn(name) ?? ''))
      .length,
    page,
  }
  log(`Round ${round}: ${JSON.stringify(figures)}`)
  return { server: next, figures }
}

/** A round counts only if some write was acknowledged before the kill: else nothing was at stake. */
function passed(round: Round): boolean {
  return (
    round.sent.ok > 0 &&
    integrityOk(round.integrity) &&
    round.missing === 0 &&
    round.duplicates === 0 &&
    round.recordsWithoutFile === 0 &&
    round.unexplainedOrphans === 0 &&
    round.page === '200' &&
    round.sent.server5xx === 0
  )
}

/** One run's figures, as saved in scripts/reliability/results/crash-<engine>.json. */
type CrashRun = RunInfo & {
  duration: string
  concurrency: number
  rounds: Round[]
  survived: number
  /** Submissions cut off by a kill, all rounds together. */
  cutOffSubmissions: number
}

function writeFigures(): void {
  const runs = savedRuns<CrashRun>('crash')
  const roundsTable = (run: CrashRun) =>
    [
      '| Round | Load | Sent | 2xx | 4xx | 5xx | cut off | Restart | Integrity check | Acknowledged / found | Missing | Duplicates | Cut off, stored | Records without file | Orphan files (not from a cut-off write) | Article page |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
      ...run.rounds.map(
        (r, index) =>
          `| ${index + 1} | ${(r.loadMs / 1000).toFixed(1)} s | ${r.sent.total} | ${r.sent.ok} | ${r.sent.refused429 + r.sent.other4xx} | ${r.sent.server5xx} | ${r.sent.noAnswer} | ${r.restart} | ${r.integrity} | ${r.acknowledged} / ${r.found} | ${r.missing} | ${r.duplicates} | ${r.cutOffStored} | ${r.recordsWithoutFile} | ${r.orphanFiles} (${r.unexplainedOrphans}) | ${r.page} |`,
      ),
    ].join('\n')
  writeSection(
    '## 3. Crash safety',
    `
\`npm run reliability:crash -- --engine=sqlite|postgres\` (\`scripts/reliability/crash.ts\`): one production build, one
temporary database. Each round: comments and PDF submissions (one in eleven) from ${CONCURRENCY} workers, each from its own
\`X-Forwarded-For\` address and e-mail; a random 1–3 s after the first answer ("Load" below), \`SIGKILL\` to the server's process group;
\`npm start\` (server.mjs) again on the same database and files, then the checks: the engine's own integrity check (SQLite's
\`PRAGMA integrity_check\`, PostgreSQL's \`amcheck\` on every B-tree index), and the rows read back through Payload's Local
API. "Acknowledged / found" counts every 2xx since the first round (they must all still be there, exactly once); orphan
files and records without file are counted over the whole folder so far. The last run on each engine
(${runs.map((run) => `\`scripts/reliability/results/crash-${run.engine}.json\``).join(', ')}):

${sideBySide(runs, [
  ['Command', (run) => `\`${run.command}\``],
  ['Run', (run) => run.date],
  [
    'Result',
    (run) => `**${run.survived} of ${run.rounds.length} kills survived**, in ${run.duration}`,
  ],
  ['Database', (run) => run.database],
  ['Machine', (run) => run.machine],
  [
    'After the last round',
    (run) =>
      `${run.rounds.at(-1)?.orphanFiles ?? 0} orphan file(s); ${run.cutOffSubmissions} submissions cut off in all`,
  ],
])}

${runs.map((run) => `**${ENGINE_LABEL[run.engine]}** (${run.date}):\n\n${roundsTable(run)}`).join('\n\n')}

"Cut off": requests in flight or queued when the server died (no HTTP answer; the client cannot know
whether they were stored); "cut off, stored" counts those (all rounds so far) whose row was committed
before the kill. Orphan files are manuscripts written to disk by submissions cut off before their record
was committed (Payload stores the file, then the row). A record without its file would be
a loss and fails the round; an orphan file is not, but is reported here. Most cut-off writes were in
fact stored: the row is committed before the after-change hooks (editor notification e-mails) and the
answer, so a client that retries after a dropped connection may send a write twice. A repeated comment
is refused (429 flood limit or 409 duplicate check); a repeated submission would be stored twice.
On PostgreSQL the kill reaches the site, not the database server, which keeps running: the rounds check
what the site had committed when it died, not PostgreSQL's own crash recovery (which the throw-away
cluster's \`fsync=off\` would void; a crash of the database server or the machine is not simulated here).
`,
  )
}

runScript('reliability:crash', async (engine: EngineServer) => {
  const machineLine = machine()
  const started = Date.now()
  const site = await prepareSite(engine)
  let server = await startServer(site)
  try {
    const article = await firstArticle(site)
    const runId = `rel-${Date.now().toString(36)}`
    const history: WriteOutcome[] = []
    const rounds: Round[] = []
    for (let round = 1; round <= ROUNDS; round++) {
      const result = await crashRound(site, server, article, round, runId, history)
      server = result.server
      rounds.push(result.figures)
    }
    const survived = rounds.filter(passed).length
    const file = saveRun<CrashRun>('crash', {
      engine: engine.engine,
      command: command('reliability:crash', engine),
      date: today(),
      machine: machineLine,
      database: databaseOf(engine),
      passed: survived === rounds.length,
      duration: seconds(started),
      concurrency: CONCURRENCY,
      rounds,
      survived,
      cutOffSubmissions: history.filter(({ kind, status }) => kind === 'submission' && status === 0)
        .length,
    })
    writeFigures()
    log(
      `${survived} of ${rounds.length} kills survived on ${ENGINE_LABEL[engine.engine]}; figures saved in ${file} and written to docs/reliability.md`,
    )
    return survived === rounds.length
  } finally {
    await shutDown(site, server)
  }
})
