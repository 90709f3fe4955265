/**
 * Load without loss (`npm run reliability:load`): 500 comments and 50 submissions over 55
 * connections against a production server, while a reader fetches an article page; then every
 * acknowledged write must be in the database exactly once and every submission must have its file.
 * Writes its figures into section 2 of docs/reliability.md.
 */
import { firstArticle } from './articlePage'
import { probePage } from './probe'
import { machine, ms, seconds, today, writeSection } from './report'
import { log, prepareSite, runScript, shutDown, startServer } from './site'
import { compareFiles, compareWrites, readStored } from './verify'
import { countingAgent, postWrite, runPool, statusCounts } from './writes'

const WRITES = 550
const CONCURRENCY = 55

async function main(): Promise<boolean> {
  const machineLine = machine()
  const site = await prepareSite()
  const server = await startServer(site)
  try {
    const article = await firstArticle(site.databaseUrl)
    const runId = `rel-${Date.now().toString(36)}-0`
    const { agent, connections } = countingAgent(CONCURRENCY)
    let sequence = 0
    const next = () => (sequence < WRITES ? postWrite(site.baseURL, agent, article.id, `${runId}-${sequence}`, sequence++) : null)

    log(`Posting ${WRITES} writes, ${CONCURRENCY} at a time, while fetching ${article.path}`)
    const stopProbe = probePage(`${site.baseURL}${article.path}`)
    const started = Date.now()
    const outcomes = await runPool(CONCURRENCY, next)
    const duration = seconds(started)
    const page = await stopProbe()
    agent.destroy()

    const counts = statusCounts(outcomes)
    const stored = await readStored(site.databaseUrl)
    const writes = compareWrites(outcomes, stored)
    const files = compareFiles(site.uploadDir, stored)
    const byKind = (kind: string) => statusCounts(outcomes.filter((outcome) => outcome.kind === kind))
    log(`Writes ${JSON.stringify(counts)} in ${duration}; ${JSON.stringify(writes)}; files ${JSON.stringify(files)}; page ${JSON.stringify(page)}`)

    const passed = counts.server5xx === 0 && counts.noAnswer === 0 && writes.missing.length === 0 && writes.duplicates.length === 0 &&
      files.recordsWithoutFile === 0 && files.orphanFiles.length === 0 && page.non200.length === 0
    const row = (label: string, c: ReturnType<typeof statusCounts>) =>
      `| ${label} | ${c.total} | ${c.ok} | ${c.refused429} | ${c.other4xx} | ${c.server5xx} | ${c.noAnswer} |`
    writeSection(
      '## 2. Load without loss',
      `
\`npm run reliability:load\` (\`scripts/reliability/load.ts\`), run ${today()}: **${passed ? 'passed' : 'FAILED'}**.
Production server (\`next build\` + \`next start\`) on a temporary migrated and seeded SQLite database.
Machine: ${machineLine}.

${WRITES} writes (500 comments to \`POST /api/comments\`, 50 PDF submissions to \`POST /api/submissions\`,
each from its own \`X-Real-IP\` and e-mail) from a pool of ${CONCURRENCY} workers over **${connections()} TCP
connections**, in ${duration}; meanwhile one reader fetched \`${article.path}\` in a loop.

| Writes | Sent | 2xx | 429 | other 4xx | 5xx | no answer |
|---|---|---|---|---|---|---|
${row('comments', byKind('comment'))}
${row('submissions', byKind('submission'))}
${row('all', counts)}

Read back from the database file (libSQL client): acknowledged **${writes.acknowledged}**, found
**${writes.found}**, missing **${writes.missing.length}**, duplicates **${writes.duplicates.length}**
(unacknowledged but stored: ${writes.unacknowledgedStored}). Submission records ${files.records}, files in
\`UPLOAD_DIR/submissions\` ${files.files}: records without file **${files.recordsWithoutFile}**, orphan files
**${files.orphanFiles.length}**.

Article page during the load: ${page.requests} requests, p50 **${ms(page.p50)}**, p99 **${ms(page.p99)}**,
max ${ms(page.max)}, not 200: **${page.non200.length}**${page.non200.length ? ` (${[...new Set(page.non200)].join(', ')})` : ''}.
`,
    )
    log(`${passed ? 'PASSED' : 'FAILED'}; figures written to docs/reliability.md`)
    return passed
  } finally {
    await shutDown(site, server)
  }
}

runScript(main)
