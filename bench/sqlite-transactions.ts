/**
 * What turning on Payload transactions costs on the SQLite adapter, measured with Payload itself.
 *
 *   node --conditions=development scripts/run-ts.mjs bench/sqlite-transactions.ts          # parent: every variant, RUNS times, prints tables
 *   node --conditions=development scripts/run-ts.mjs bench/sqlite-transactions.ts with 1   # child: one variant, one run, prints one JSON line
 *
 * Variants (a minimal config that differs only here, on a fresh temporary SQLite file each):
 *   without    `transactionOptions` unset: the adapter's default and this project's setting
 *              (src/lib/database/sqlite.ts). Payload's beginTransaction is a no-op.
 *   with       `transactionOptions: {}`: Payload wraps each operation in drizzle's db.transaction(),
 *              i.e. libSQL's client.transaction().
 *   with-busy  as `with`, plus a patch that sets busy_timeout on the fresh connection libSQL opens after
 *              each transaction. Answers "is the missing busy timeout the real cause of SQLITE_BUSY?".
 *              Its concurrent phase is shortened (see CONCURRENCY) because each collision costs 5 s.
 *
 * Phases per run: (a) sequential creates, (b) concurrent writers, (c) a multi-step write that fails
 * after step 2 inside initTransaction/killTransaction, plus a probe of the connection pragmas.
 *
 * What to expect, and why (read in @libsql/client 0.14.0 lib-esm/sqlite3.js and Payload 3.90.1):
 * client.transaction() runs BEGIN IMMEDIATE on the client's connection, hands that connection to the
 * transaction and opens a new one on next use, without the adapter's busy_timeout. libSQL's file client
 * is synchronous on the JS thread, so even with the timeout a second writer would block the very thread
 * the first needs to commit. And a BEGIN that fails SQLITE_BUSY stays "in progress" on the client's
 * connection, so the next transaction on it cannot COMMIT; drizzle rolls it back, and Payload's
 * beginTransaction swallows the error, so the create resolves but its document is gone ("ok but lost").
 *
 * One variant per process: Payload and libSQL keep module-level state (config cache, the client's
 * connection), and a process per variant keeps the variants from sharing any of it.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import {
  BasePayload,
  buildConfig,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

const VARIANTS = ['without', 'with', 'with-busy'] as const
type Variant = (typeof VARIANTS)[number]

const RUNS = Number(process.env.RUNS || 2)
const SEQUENTIAL_CREATES = 500
/** The project's setting (src/lib/database/sqlite.ts). */
const BUSY_TIMEOUT_MS = 5_000
/**
 * 8 × 100 as asked; `with-busy` gets 2 × 5: every collision there blocks the whole process for the
 * full busy timeout (see the report), so 8 × 100 would run for an hour to show the same thing.
 */
const CONCURRENCY: Record<Variant, { writers: number; perWriter: number }> = {
  without: { writers: 8, perWriter: 100 },
  with: { writers: 8, perWriter: 100 },
  'with-busy': { writers: 2, perWriter: 5 },
}
/** A child silent this long is stuck: it is killed and the run fails, rather than waiting forever. */
const SILENCE_LIMIT_MS = 60_000

const SCRIPT = fileURLToPath(import.meta.url)
const RUN_TS = path.join(path.dirname(SCRIPT), '..', 'scripts', 'run-ts.mjs')
const log = (message: string) => console.error(`[sqlite-transactions] ${message}`)

type Pragmas = { busy_timeout: number; synchronous: number; journal_mode: string }

type Result = {
  variant: Variant
  run: number
  pragmas: { atConnect: Pragmas; afterOneCreate: Pragmas }
  sequential: {
    creates: number
    p50: number
    p99: number
    mean: number
    docs: number
    dbFileHandles: number | null
  }
  concurrent: {
    writers: number
    perWriter: number
    wallMs: number
    ok: number
    failed: number
    busy: number
    firstError: string | null
    maxLatencyMs: number
    docs: number
  }
  multiStep: { transactionStarted: boolean; stepsWritten: number; docsLeftAfterKill: number }
}

// ---------------------------------------------------------------- child: one variant, one run

async function child(variant: Variant, run: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `sqlite-tx-${variant}-`))
  const dbPath = path.join(dir, 'bench.db')
  try {
    const config = buildConfig({
      collections: [{ slug: 'notes', fields: [{ name: 'text', type: 'text' }] }],
      db: sqliteAdapter({
        client: { url: `file:${dbPath}` },
        wal: { synchronous: 'FULL' },
        busyTimeout: BUSY_TIMEOUT_MS,
        push: true,
        transactionOptions: variant === 'without' ? undefined : {},
      }),
      secret: 'x',
      telemetry: false,
      typescript: { autoGenerate: false },
      // Failed creates are counted below; Payload's own error log for each would drown the output.
      logger: { options: { level: 'fatal' } },
    })
    // BasePayload.init rather than getPayload: getPayload also opens a WebSocket to a Next.js dev server for HMR.
    const payload = await new BasePayload().init({ config })
    log(`${variant} #${run}: payload ready on ${dbPath}`)

    const client = (payload.db as unknown as { client: LibsqlClient }).client
    if (variant === 'with-busy') giveFreshConnectionsTheBusyTimeout(client)

    const atConnect = await pragmas(client)
    await createNote(payload, 'probe')
    // In `with`, this reads the connection libSQL opened after the create's transaction.
    const afterOneCreate = await pragmas(client)

    const sequential = await sequentialCreates(payload, dbPath)
    log(`${variant} #${run}: sequential p50 ${sequential.p50.toFixed(2)} ms`)
    const concurrent = await concurrentCreates(payload, CONCURRENCY[variant])
    log(
      `${variant} #${run}: concurrent ${concurrent.ok} ok, ${concurrent.failed} failed in ${concurrent.wallMs.toFixed(0)} ms`,
    )
    const multiStep = await failingMultiStepWrite(payload)

    const result: Result = {
      variant,
      run,
      pragmas: { atConnect, afterOneCreate },
      sequential,
      concurrent,
      multiStep,
    }
    process.stdout.write(`${JSON.stringify(result)}\n`)
    await payload.destroy()
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

type LibsqlClient = {
  execute(sql: string): Promise<{ rows: Record<string, unknown>[] }>
  transaction(mode?: string): Promise<unknown>
}

/**
 * The workaround one would try first: after libSQL hands the connection to a transaction and drops
 * it, open the replacement at once and give it the busy timeout the adapter set on the first one.
 */
function giveFreshConnectionsTheBusyTimeout(client: LibsqlClient): void {
  const transaction = client.transaction.bind(client)
  client.transaction = async (mode) => {
    const tx = await transaction(mode)
    await client.execute(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`)
    return tx
  }
}

/** The per-connection pragmas of whichever connection the client would use next (journal_mode is per file). */
async function pragmas(client: LibsqlClient): Promise<Pragmas> {
  const one = async (name: string) =>
    Object.values((await client.execute(`PRAGMA ${name}`)).rows[0] ?? {})[0]
  return {
    busy_timeout: Number(await one('busy_timeout')),
    synchronous: Number(await one('synchronous')), // 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA
    journal_mode: String(await one('journal_mode')),
  }
}

async function sequentialCreates(payload: Payload, dbPath: string): Promise<Result['sequential']> {
  const times: number[] = []
  for (let i = 0; i < SEQUENTIAL_CREATES; i++) {
    const start = performance.now()
    await createNote(payload, `sequential-${i}`)
    times.push(performance.now() - start)
  }
  return {
    creates: SEQUENTIAL_CREATES,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    mean: times.reduce((sum, t) => sum + t, 0) / times.length,
    // Every create above resolved; this checks that each is also in the table.
    docs: await countNotes(payload, 'sequential-'),
    // Nothing closes the connection libSQL gives a transaction (Sqlite3Transaction.close() only rolls
    // back, and drizzle does not call it): count the handles still open on the file.
    dbFileHandles: openHandlesOn(dbPath),
  }
}

async function concurrentCreates(
  payload: Payload,
  { writers, perWriter }: { writers: number; perWriter: number },
): Promise<Result['concurrent']> {
  let ok = 0
  let failed = 0
  let busy = 0
  let firstError: string | null = null
  let maxLatencyMs = 0
  const start = performance.now()
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      for (let i = 0; i < perWriter; i++) {
        const begun = performance.now()
        try {
          await createNote(payload, `concurrent-${writer}-${i}`)
          ok++
        } catch (error) {
          failed++
          const message = error instanceof Error ? error.message : String(error)
          if (/SQLITE_BUSY|database is locked/i.test(message)) busy++
          firstError ??= message
        }
        maxLatencyMs = Math.max(maxLatencyMs, performance.now() - begun)
      }
      // Keeps the parent's silence watchdog fed when collisions stall the process.
      log(`writer ${writer} done`)
    }),
  )
  const wallMs = performance.now() - start
  // What is actually in the table: a failed create must leave nothing behind, and a resolved one
  // must be there (with transactions it is not always: see the report's "lost" column).
  const docs = await countNotes(payload, 'concurrent-')
  return { writers, perWriter, wallMs, ok, failed, busy, firstError, maxLatencyMs, docs }
}

/** Two creates in one Payload transaction, then a failure: does killTransaction undo both? */
async function failingMultiStepWrite(payload: Payload): Promise<Result['multiStep']> {
  const req = await createLocalReq({}, payload)
  // false when the adapter's beginTransaction is the no-op: the steps then commit one by one.
  const transactionStarted = await initTransaction(req)
  // Counted so that "0 docs left" cannot come from steps that never ran.
  let stepsWritten = 0
  try {
    await createNote(payload, 'multistep-1', req)
    stepsWritten++
    await createNote(payload, 'multistep-2', req)
    stepsWritten++
    throw new Error('step 3 fails')
  } catch {
    await killTransaction(req)
  }
  // A fresh req: outside the (now rolled back) transaction.
  return {
    transactionStarted,
    stepsWritten,
    docsLeftAfterKill: await countNotes(payload, 'multistep-'),
  }
}

/**
 * The project's generated types (src/payload-types.ts) narrow Payload's collection slugs to the
 * site's, so this script's own `notes` collection goes through an untyped view of the Local API.
 */
type NotesApi = {
  create(args: {
    collection: 'notes'
    data: { text: string }
    req?: PayloadRequest
  }): Promise<unknown>
  count(args: {
    collection: 'notes'
    where: { text: { like: string } }
  }): Promise<{ totalDocs: number }>
}
const createNote = (payload: Payload, text: string, req?: PayloadRequest) =>
  (payload as unknown as NotesApi).create({ collection: 'notes', data: { text }, req })
const countNotes = async (payload: Payload, prefix: string) =>
  (
    await (payload as unknown as NotesApi).count({
      collection: 'notes',
      where: { text: { like: prefix } },
    })
  ).totalDocs

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/** Linux only (null elsewhere): file descriptors of this process on the database and its -wal/-shm. */
function openHandlesOn(dbPath: string): number | null {
  try {
    return fs.readdirSync('/proc/self/fd').filter((fd) => {
      try {
        return fs.readlinkSync(`/proc/self/fd/${fd}`).startsWith(dbPath)
      } catch {
        return false // closed between readdir and readlink
      }
    }).length
  } catch {
    return null
  }
}

// ---------------------------------------------------------------- parent: every variant, RUNS times

async function parent(): Promise<void> {
  const results: Result[] = []
  for (let run = 1; run <= RUNS; run++) {
    for (const variant of VARIANTS) results.push(await runChild(variant, run))
  }
  console.log(report(results))
}

/** Spawns one child, killed if it falls silent; resolves with its JSON line. */
async function runChild(variant: Variant, run: number): Promise<Result> {
  const outcome = await new Promise<{ result?: Result; error?: string }>((resolve) => {
    // NODE_ENV=development: the adapter pushes the schema (push: true) only outside production.
    const proc = spawn(
      process.execPath,
      ['--conditions=development', RUN_TS, SCRIPT, variant, String(run)],
      {
        env: { ...process.env, NODE_ENV: 'development' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let stdout = ''
    let timer: NodeJS.Timeout
    const feed = () => {
      clearTimeout(timer)
      timer = setTimeout(() => proc.kill('SIGKILL'), SILENCE_LIMIT_MS)
    }
    feed()
    proc.stdout.on('data', (chunk) => ((stdout += chunk), feed()))
    proc.stderr.on('data', (chunk) => (process.stderr.write(chunk), feed()))
    proc.on('close', (code, signal) => {
      clearTimeout(timer)
      const line = stdout.trim().split('\n').pop()
      if (code === 0 && line) resolve({ result: JSON.parse(line) as Result })
      else resolve({ error: `exit ${code ?? signal}` })
    })
  })
  if (outcome.result) return outcome.result
  throw new Error(`${variant} #${run} failed: ${outcome.error}`)
}

function report(results: Result[]): string {
  const ms = (n: number) => n.toFixed(2)
  const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`
  const head = (cells: string[]) => [row(cells), row(cells.map(() => '---'))]
  const lines = [
    `Sequential: ${SEQUENTIAL_CREATES} creates, one at a time. Node ${process.version}, ${os.cpus().length} CPUs, ${os.tmpdir()}.`,
    '',
    ...head([
      'variant',
      'run',
      'p50 ms',
      'p99 ms',
      'mean ms',
      'docs in table',
      'handles on db file after',
    ]),
    ...results.map((r) => {
      const s = r.sequential
      return row([
        r.variant,
        r.run,
        ms(s.p50),
        ms(s.p99),
        ms(s.mean),
        `${s.docs} / ${s.creates}`,
        s.dbFileHandles ?? 'n/a',
      ])
    }),
    '',
    'Concurrent: writers × creates, each writer awaiting its own creates, all writers at once.',
    '',
    ...head([
      'variant',
      'run',
      'writers × creates',
      'wall ms',
      'ok creates/s',
      'ok',
      'failed',
      'of which SQLITE_BUSY',
      'docs in table',
      'ok but lost',
      'slowest create ms',
      'first error',
    ]),
    ...results.map((r) => {
      const c = r.concurrent
      return row([
        r.variant,
        r.run,
        `${c.writers} × ${c.perWriter}`,
        c.wallMs.toFixed(0),
        ((c.ok / c.wallMs) * 1000).toFixed(1),
        c.ok,
        c.failed,
        c.busy,
        c.docs,
        c.ok - c.docs,
        c.maxLatencyMs.toFixed(0),
        c.firstError ? `\`${c.firstError}\`` : '–',
      ])
    }),
    '',
    'Multi-step write (2 creates, then a throw, then killTransaction) and the pragmas of the connection in use.',
    '',
    ...head([
      'variant',
      'run',
      'transaction started',
      'steps written',
      'docs left after kill (0 = rolled back)',
      'busy_timeout / synchronous at connect',
      'busy_timeout / synchronous after one create',
    ]),
    ...results.map((r) => {
      const p = (x: Pragmas) => `${x.busy_timeout} / ${x.synchronous} (${x.journal_mode})`
      return row([
        r.variant,
        r.run,
        String(r.multiStep.transactionStarted),
        `${r.multiStep.stepsWritten} / 2`,
        r.multiStep.docsLeftAfterKill,
        p(r.pragmas.atConnect),
        p(r.pragmas.afterOneCreate),
      ])
    }),
  ]
  return lines.join('\n')
}

// ---------------------------------------------------------------- entry

const [variantArgument, runArgument] = process.argv.slice(2)
if (variantArgument === undefined) {
  await parent()
} else if ((VARIANTS as readonly string[]).includes(variantArgument)) {
  await child(variantArgument as Variant, Number(runArgument || 1))
} else {
  throw new Error(
    `usage: node --conditions=development scripts/run-ts.mjs bench/sqlite-transactions.ts [${VARIANTS.join('|')} [run]]`,
  )
}
