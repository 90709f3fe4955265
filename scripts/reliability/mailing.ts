/**
 * The newsletter under load and under a kill (`npm run reliability:mailing [-- --engine=sqlite|postgres]`):
 * a production server mails 10,000 confirmed subscribers (RELIABILITY_MAILING_SUBSCRIBERS) through a
 * real SMTP server on loopback (tests/helpers/smtp.ts, counting only), unthrottled (NEWSLETTER_RATE=0),
 * its jobs runner ticking every second.
 *
 * - Phase A: one article is published; timed from the publishing save until the mailing's record
 *   says done and the SMTP server has every copy; each subscriber must have exactly one.
 * - Phase B: a second article; once the SMTP server has a third of its copies, the server is
 *   SIGKILLed and started again on the same database; the runner must resume the mailing (once its
 *   heartbeat is stale) and finish it. Nobody may get a second copy, and every subscriber without a
 *   copy must be one of the deliveries recorded "unconfirmed" (in flight at the kill, never resent).
 *
 * Saves its figures in scripts/reliability/results/mailing-<engine>.json and rewrites section 12 of
 * docs/reliability.md from the saved runs of every engine. Every wait has a limit: a mailing that
 * stops making progress fails the run with what it was waiting for.
 */
import { STALE_AFTER_MS } from '@/lib/newsletter/send'

import { startSmtpServer, type TestSmtpServer } from '../../tests/helpers/smtp'

import { ENGINE_LABEL, type EngineServer } from './engine'
import {
  addSubscribers,
  mailingState,
  publishArticle,
  type MailingState,
  type PublishedArticle,
} from './localApi'
import {
  command,
  databaseOf,
  ensureSection,
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
  removeSite,
  runScript,
  shutDown,
  startServer,
  type Server,
  type Site,
} from './site'

const SUBSCRIBERS = Number(process.env.RELIABILITY_MAILING_SUBSCRIBERS || 10_000)
/** Phase B's kill comes once the SMTP server has this share of the second article's copies. */
const KILL_AT_SHARE = 0.3
const DOMAIN = 'mailing.test'
const HEADING = '## 12. Newsletter mailing: 10,000 subscribers, and a kill in the middle'

/** A mailing that hands the SMTP server no mail for this long has stopped. */
const STALL_MS = 90_000
/**
 * After the restart: the runner resumes a mailing once its heartbeat is STALE_AFTER_MS old, and
 * the heartbeat stopped before the kill; this long beyond that without a resumed mail is a failure.
 */
const RESUME_GRACE_MS = 120_000
/** The slowest a whole phase may take, however steadily it progresses. */
const PHASE_LIMIT_MS = 30 * 60_000
/** Waiting for the record to say done once every mail it will send has arrived. */
const RECORD_LIMIT_MS = 6 * 60_000
const POLL_MS = 100

/** What earlier runs of this script found; kept in the section the script rewrites. */
const FOUND_AND_FIXED = `
**Found and fixed by this script** (2026-12-03):

- *Throughput.* The first run sent **6.5 mails/s** unthrottled (1,000 subscribers, SQLite, this machine). nodemailer opened
  a connection per mail, and on each the last piece of the message waited for a delayed TCP acknowledgement (Nagle's
  algorithm on the client's socket, delayed ACK on the receiver's). Alone on loopback, 200 mails to the same SMTP server:
  6.8/s one connection per mail, 22/s pooled, about 450/s pooled with \`TCP_NODELAY\`. \`src/lib/email.ts\` now
  pools SMTP connections (\`pool: true\`, nodemailer's defaults of 5 connections and 100 messages each) and opens them
  with Nagle off (\`getSocket\`, TLS and STARTTLS still nodemailer's). The rest of a mail's time is the sender's two
  writes (the delivery row before, the answer after) and its page reads, one mail at a time.
- *A delivery left "sending" in a done mailing.* The resumed sender marks a killed sender's delivery "unconfirmed" only
  once it is ${STALE_AFTER_MS / 1000} s old, checked when its slice starts; the delivery in flight at the kill was taken
  after the last heartbeat, so it could still be younger, and the slice passed over it (its key was taken) and called the
  mailing done: one row "sending" for good, missing from the record's unconfirmed count (seen in the first run: sent 999,
  unconfirmed 0, of 1,000). \`sendMailingSlice\` now settles such rows again at the end and, while one is too young,
  waits for it (the next slice is queued for when it is old enough) instead of finishing.

- *No resume after a restart until someone called the API.* Payload starts its jobs runner (its cron) only for requests
  through its own REST or admin handler; pages load Payload without it, so a server restarted after a crash resumed no
  mailing and ran no scheduled publish until an editor opened the admin or a form was sent. The server now starts its
  runner at start-up (\`src/instrumentation.ts\`). This script makes no API request to the server: it publishes and
  reads through Payload beside it, so the resume above is the runner's own.
`

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type Copies = { none: number; one: number; more: number; strangers: number }
type MailingRecord = Pick<
  MailingState['mailing'],
  'status' | 'recipients' | 'sent' | 'failed' | 'unconfirmed'
>

type PhaseA = {
  subscribers: number
  publishToFirstMailMs: number
  publishToDoneMs: number
  /** Subscribers over the time from the publishing save to the last copy and the record done. */
  mailsPerSecond: number
  /** Subscribers over the time from the first copy to the last. */
  sendingMailsPerSecond: number
  record: MailingRecord
  copies: Copies
}

type PhaseB = {
  receivedAtKill: number
  /** Copies the SMTP server had once the killed server's process group was gone. */
  receivedBeforeRestart: number
  restartMs: number
  /** From the kill, and from the restarted server's first answer, to the first copy sent after. */
  resumeAfterKillMs: number
  resumeAfterRestartMs: number
  killToDoneMs: number
  record: MailingRecord
  statuses: { [status: string]: number }
  copies: Copies
  /** Deliveries recorded "unconfirmed", and those of them whose copy did arrive. */
  unconfirmed: number
  unconfirmedReceived: number
  /** Deliveries still "sending" once the mailing is done. */
  stillSending: number
  /** Subscribers without a copy and without an unconfirmed (or still sending) delivery: lost mail. */
  lost: string[]
}

type MailingRun = RunInfo & {
  subscribers: number
  duration: string
  phaseA: PhaseA
  phaseB: PhaseB
}

/** Where the copies of `subject` went: subscribers with none, one, more, and addresses not subscribed. */
function countCopies(smtp: TestSmtpServer, subject: string, subscribers: string[]) {
  const copies = smtp.copies(subject)
  const result: Copies = { none: 0, one: 0, more: 0, strangers: 0 }
  const none: string[] = []
  const one = new Set<string>()
  for (const email of subscribers) {
    const count = copies.get(email) ?? 0
    if (count === 0) {
      result.none++
      none.push(email)
    } else if (count === 1) {
      result.one++
      one.add(email)
    } else result.more++
  }
  const known = new Set(subscribers)
  result.strangers = [...copies.keys()].filter((email) => !known.has(email)).length
  return { copies: result, none, one }
}

const recordOf = ({ mailing }: MailingState): MailingRecord => ({
  status: mailing.status,
  recipients: mailing.recipients,
  sent: mailing.sent,
  failed: mailing.failed,
  unconfirmed: mailing.unconfirmed,
})

/**
 * Waits until `until()` is satisfied with the copies of `subject` the SMTP server has, failing
 * after STALL_MS without a new one (`firstStallMs` for the first) or PHASE_LIMIT_MS in all, or
 * if the server exits. Answers when the first new copy and the last came.
 */
async function waitForCopies(
  smtp: TestSmtpServer,
  subject: string,
  what: string,
  until: (received: number) => boolean,
  server: Server,
  firstStallMs = STALL_MS,
) {
  const started = Date.now()
  let received = countOf(smtp, subject)
  const initial = received
  let lastChange = Date.now()
  let first: number | undefined
  while (!until(received)) {
    const exit = server.exited()
    if (exit)
      throw new Error(
        `[reliability] The server exited (${exit}) while ${what}; see ${server.logFile}`,
      )
    const now = Date.now()
    const stall = first === undefined ? firstStallMs : STALL_MS
    if (now - lastChange > stall)
      throw new Error(
        `[reliability] No mail for ${(stall / 1000).toFixed(0)} s while ${what} (${received} copies of "${subject}" so far); see ${server.logFile}`,
      )
    if (now - started > PHASE_LIMIT_MS)
      throw new Error(`[reliability] ${what}: not done after ${PHASE_LIMIT_MS / 60_000} min`)
    await sleep(POLL_MS)
    const next = countOf(smtp, subject)
    if (next !== received) {
      if (first === undefined && next > initial) first = Date.now()
      received = next
      lastChange = Date.now()
    }
  }
  return { received, first: first ?? Date.now(), last: lastChange }
}

const countOf = (smtp: TestSmtpServer, subject: string) =>
  [...smtp.copies(subject).values()].reduce((sum, count) => sum + count, 0)

/**
 * The mailing's record once it says done: read again every few seconds (each read is a Payload
 * start in a child process) until it does, RECORD_LIMIT_MS at most.
 */
async function recordWhenDone(site: Site, article: PublishedArticle): Promise<MailingState> {
  const started = Date.now()
  for (;;) {
    const state = await mailingState(site, article.id)
    if (state.mailing.status === 'done') return state
    if (Date.now() - started > RECORD_LIMIT_MS)
      throw new Error(
        `[reliability] The mailing of "${article.title}" still says ${state.mailing.status} after ${RECORD_LIMIT_MS / 60_000} min (${JSON.stringify(state.statuses)})`,
      )
    await sleep(5_000)
  }
}

async function phaseA(site: Site, server: Server, smtp: TestSmtpServer, runId: string) {
  const article = await publishArticle(site, `Mailing check A ${runId}`)
  log(`Published "${article.title}"; waiting for ${SUBSCRIBERS} copies`)
  const { first, last } = await waitForCopies(
    smtp,
    article.title,
    'phase A was sending',
    (received) => received >= SUBSCRIBERS,
    server,
  )
  const state = await recordWhenDone(site, article)
  const doneAt = Math.max(last, Date.parse(state.mailing.finishedAt ?? '') || last)
  const subscribers = state.subscriberEmails
  const { copies } = countCopies(smtp, article.title, subscribers)
  const figures: PhaseA = {
    subscribers: subscribers.length,
    publishToFirstMailMs: first - article.publishedAt,
    publishToDoneMs: doneAt - article.publishedAt,
    mailsPerSecond: round((subscribers.length * 1000) / (doneAt - article.publishedAt)),
    sendingMailsPerSecond: round((subscribers.length * 1000) / Math.max(1, last - first)),
    record: recordOf(state),
    copies,
  }
  log(`Phase A: ${JSON.stringify(figures)}`)
  return figures
}

const round = (value: number) => Math.round(value * 10) / 10

/** Sends the second article until KILL_AT_SHARE of it has arrived, then SIGKILLs the server. */
async function sendUntilKilled(site: Site, server: Server, smtp: TestSmtpServer, runId: string) {
  const article = await publishArticle(site, `Mailing check B ${runId}`)
  const killAt = Math.ceil(SUBSCRIBERS * KILL_AT_SHARE)
  log(`Published "${article.title}"; killing the server at ${killAt} copies`)
  await waitForCopies(
    smtp,
    article.title,
    'phase B was sending',
    (received) => received >= killAt,
    server,
  )
  killServer(server)
  const killedAt = Date.now()
  const receivedAtKill = countOf(smtp, article.title)
  while (!server.exited()) await sleep(50)
  // A connection cut mid-message ends without the message; give the SMTP server a moment to see it.
  await sleep(500)
  const receivedBeforeRestart = countOf(smtp, article.title)
  log(`Killed at ${receivedAtKill} copies (${receivedBeforeRestart} once the process was gone)`)
  return { article, killedAt, receivedAtKill, receivedBeforeRestart }
}

/** `adopt` takes the restarted server, so that the run stops it whatever happens next. */
async function phaseB(
  site: Site,
  server: Server,
  smtp: TestSmtpServer,
  runId: string,
  adopt: (server: Server) => void,
) {
  const { article, killedAt, receivedAtKill, receivedBeforeRestart } = await sendUntilKilled(
    site,
    server,
    smtp,
    runId,
  )
  const restarting = Date.now()
  const restarted = await startServer(site)
  adopt(restarted)
  const restartedAt = Date.now()
  log(`Restarted in ${seconds(restarting)}; waiting for the mailing to resume`)
  const resumed = await waitForCopies(
    smtp,
    article.title,
    'waiting for the mailing to resume',
    (received) => received > receivedBeforeRestart,
    restarted,
    STALE_AFTER_MS + RESUME_GRACE_MS,
  )
  log(`Resumed ${seconds(killedAt)} after the kill`)
  // Every subscriber not yet taken at the kill is owed a copy; the in-flight ones are not.
  await waitForCopies(
    smtp,
    article.title,
    'the resumed mailing was sending',
    (received) => received >= SUBSCRIBERS - 1,
    restarted,
  ).catch((error: Error) => log(`${error.message}; reading the record`))
  const state = await recordWhenDone(site, article)
  const doneAt = Math.max(Date.now(), Date.parse(state.mailing.finishedAt ?? '') || 0)
  const finishedAt = Date.parse(state.mailing.finishedAt ?? '') || doneAt
  const subscribers = state.subscriberEmails
  const { copies, none, one } = countCopies(smtp, article.title, subscribers)
  const unconfirmed = state.notSent.unconfirmed ?? []
  const sending = state.notSent.sending ?? []
  const inDoubt = new Set([...unconfirmed, ...sending])
  const figures: PhaseB = {
    receivedAtKill,
    receivedBeforeRestart,
    restartMs: restartedAt - restarting,
    resumeAfterKillMs: resumed.first - killedAt,
    resumeAfterRestartMs: resumed.first - restartedAt,
    killToDoneMs: Math.max(finishedAt, resumed.last) - killedAt,
    record: recordOf(state),
    statuses: state.statuses,
    copies,
    unconfirmed: unconfirmed.length,
    unconfirmedReceived: unconfirmed.filter((email) => one.has(email)).length,
    stillSending: sending.length,
    lost: none.filter((email) => !inDoubt.has(email)),
  }
  log(`Phase B: ${JSON.stringify(figures)}`)
  return figures
}

/** Phase A delivered every copy once; phase B sent nobody two and lost nobody's copy. */
function verdict(a: PhaseA, b: PhaseB): string[] {
  const problems: string[] = []
  if (a.copies.one !== SUBSCRIBERS || a.copies.none || a.copies.more)
    problems.push(
      `phase A: ${a.copies.one} of ${a.subscribers} subscribers got exactly one copy (${a.copies.none} none, ${a.copies.more} more)`,
    )
  if (a.record.status !== 'done' || a.record.sent !== SUBSCRIBERS || a.record.failed)
    problems.push(`phase A: the record says ${JSON.stringify(a.record)}`)
  if (b.copies.more) problems.push(`phase B: ${b.copies.more} subscribers got more than one copy`)
  if (a.copies.strangers || b.copies.strangers)
    problems.push('mail went to addresses that are not subscribed')
  if (b.lost.length)
    problems.push(
      `phase B: ${b.lost.length} subscribers got no copy and have no delivery in doubt (e.g. ${b.lost.slice(0, 3).join(', ')})`,
    )
  if (b.record.status !== 'done') problems.push(`phase B: the record says ${b.record.status}`)
  return problems
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`

function writeFigures(): void {
  const runs = savedRuns<MailingRun>('mailing')
  const copies = (c: Copies) => `${c.none} / ${c.one} / **${c.more}**`
  ensureSection(HEADING)
  writeSection(
    HEADING,
    `
\`npm run reliability:mailing -- --engine=sqlite|postgres\` (\`scripts/reliability/mailing.ts\`): one production build
(\`next build\` + \`npm start\`, i.e. server.mjs) on a temporary migrated and seeded database, with ${SUBSCRIBERS.toLocaleString('en')}
confirmed subscribers (every publication, everything; stored through Payload's adapter in a child process). Mail goes over SMTP
(nodemailer, \`src/lib/email.ts\`) to a real SMTP server on loopback that counts what it accepts per recipient
(\`tests/helpers/smtp.ts\`), \`NEWSLETTER_RATE=0\` (unthrottled), \`JOBS_CRON\` every second.
**Phase A**: an article is published (a draft saved as published through the Local API, which queues its mailing); timed from that
save until the SMTP server has every copy and the mailing's record says done. **Phase B**: a second article; once the SMTP server
has ${KILL_AT_SHARE * 100} % of its copies, \`SIGKILL\` to the server's process group, \`npm start\` again on the same database;
the jobs runner resumes the mailing once its heartbeat is ${STALE_AFTER_MS / 1000} s old (\`resumeStalledMailings\`), and the
copies are counted per subscriber. The last run on each engine
(${runs.map((run) => `\`scripts/reliability/results/mailing-${run.engine}.json\``).join(', ')}):

${sideBySide(runs, [
  ['Command', (run) => `\`${run.command}\``],
  ['Run', (run) => `${run.date}, ${run.duration} in all`],
  ['Result', (run) => `**${run.passed ? 'passed' : 'FAILED'}**`],
  ['Database', (run) => run.database],
  ['Machine', (run) => run.machine],
  ['A: subscribers', (run) => run.phaseA.subscribers],
  [
    'A: publish → first copy / → all copies and record done',
    (run) => `${s(run.phaseA.publishToFirstMailMs)} / **${s(run.phaseA.publishToDoneMs)}**`,
  ],
  [
    'A: mails per second (publish to done / first copy to last)',
    (run) => `**${run.phaseA.mailsPerSecond}** / ${run.phaseA.sendingMailsPerSecond}`,
  ],
  [
    'A: record (status, recipients / sent / failed / unconfirmed)',
    (run) =>
      `${run.phaseA.record.status}, ${run.phaseA.record.recipients} / ${run.phaseA.record.sent} / ${run.phaseA.record.failed} / ${run.phaseA.record.unconfirmed}`,
  ],
  ['A: subscribers with 0 / 1 / >1 copies', (run) => copies(run.phaseA.copies)],
  [
    'B: copies received at the kill / once the process was gone',
    (run) => `${run.phaseB.receivedAtKill} / ${run.phaseB.receivedBeforeRestart}`,
  ],
  ['B: restart (to the first answer)', (run) => s(run.phaseB.restartMs)],
  [
    'B: first resumed copy, after the kill / after the restart',
    (run) => `**${s(run.phaseB.resumeAfterKillMs)}** / ${s(run.phaseB.resumeAfterRestartMs)}`,
  ],
  ['B: kill → mailing done', (run) => s(run.phaseB.killToDoneMs)],
  [
    'B: record (status, recipients / sent / failed / unconfirmed)',
    (run) =>
      `${run.phaseB.record.status}, ${run.phaseB.record.recipients} / ${run.phaseB.record.sent} / ${run.phaseB.record.failed} / ${run.phaseB.record.unconfirmed}`,
  ],
  ['B: subscribers with 0 / 1 / >1 copies', (run) => copies(run.phaseB.copies)],
  [
    'B: deliveries unconfirmed (of them received) / still sending',
    (run) =>
      `${run.phaseB.unconfirmed} (${run.phaseB.unconfirmedReceived}) / ${run.phaseB.stillSending}`,
  ],
  ['B: no copy and no delivery in doubt (lost)', (run) => `**${run.phaseB.lost.length}**`],
])}

The sender is at most once by design (\`src/lib/newsletter/send.ts\`): a reader's delivery row, whose key
(\`<mailing>:<subscriber>\`) is unique, is stored before the mail is handed to the mail server, and the answer is recorded
right after. A sender killed in between leaves the row "sending"; the sender that resumes the mailing marks it "unconfirmed"
(once it is ${STALE_AFTER_MS / 1000} s old) and never sends it again, since the mail may have gone out. So a kill costs at most the
mails in flight, one per sender: each is either in the reader's mailbox once (the mail server accepted it, the answer was not
recorded: "of them received") or not at all (cut off before the mail server accepted it), and the record counts it as unconfirmed
either way. Nobody gets a second copy. A subscriber with no copy and no delivery in doubt would be a lost mail and fails the run.
The resume waits for the heartbeat to go stale: the first resumed copy comes about ${STALE_AFTER_MS / 1000} s after the last
heartbeat before the kill, whatever the restart takes.
${FOUND_AND_FIXED}`,
  )
}

runScript('reliability:mailing', async (engine: EngineServer) => {
  const machineLine = machine()
  const started = Date.now()
  const smtp = await startSmtpServer({ keep: 'counts' })
  log(`SMTP server on ${smtp.host}:${smtp.port}`)
  try {
    const site = await prepareSite(engine)
    Object.assign(site.env, {
      SMTP_HOST: smtp.host,
      SMTP_PORT: String(smtp.port),
      NEWSLETTER_RATE: '0',
      JOBS_CRON: '* * * * * *',
      JOBS_AUTORUN: 'true',
    })
    let server: Server | undefined
    try {
      const added = await addSubscribers(site, SUBSCRIBERS, DOMAIN)
      log(`${added.created} subscribers added (${added.total} in all)`)
      server = await startServer(site)
      const runId = Date.now().toString(36)
      const a = await phaseA(site, server, smtp, runId)
      const b = await phaseB(site, server, smtp, runId, (next) => (server = next))
      const problems = verdict(a, b)
      const file = saveRun<MailingRun>('mailing', {
        engine: engine.engine,
        command: command('reliability:mailing', engine),
        date: today(),
        machine: machineLine,
        database: databaseOf(engine),
        passed: problems.length === 0,
        subscribers: SUBSCRIBERS,
        duration: seconds(started),
        phaseA: a,
        phaseB: b,
      })
      writeFigures()
      for (const problem of problems) log(`FAILED: ${problem}`)
      log(
        `${problems.length ? 'FAILED' : 'PASSED'} on ${ENGINE_LABEL[engine.engine]}; figures saved in ${file} and written to docs/reliability.md`,
      )
      return problems.length === 0
    } finally {
      await (server ? shutDown(site, server) : removeSite(site))
    }
  } finally {
    await smtp.close()
  }
})
