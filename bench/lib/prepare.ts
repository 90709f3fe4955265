/**
 * A fresh, migrated, seeded database for the run (as tests/e2e/global-setup.ts does), plus the
 * realistic article, and the environments the tools and the production server run with.
 */
import fs from 'node:fs'
import path from 'node:path'

import { siteEnv } from '../../tests/e2e/global-setup'

import { log, PORTS, run, WORK_DIR } from './context'
import { runWatched } from './processes'

export type RunEnv = {
  dir: string
  baseURL: string
  /** For tsx scripts and the payload CLI (development NODE_ENV: the seed refuses production). */
  tools: NodeJS.ProcessEnv
  /** For next build and next start. */
  production: NodeJS.ProcessEnv
}

export type BenchArticle = { id: number; slug: string; words: number; authors: number; comments: number; topicSlug: string }
export type Credentials = { credentials: { role: string; email: string; password: string }[] }

export function runEnvironment(): RunEnv {
  const dir = path.join(WORK_DIR, 'run')
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  const baseURL = `http://127.0.0.1:${PORTS.next}`
  // The same environment as the browser tests' server: prerendered feeds and sitemaps embed SERVER_URL.
  const { toolEnv, prodEnv } = siteEnv(dir, baseURL)
  return { dir, baseURL, tools: toolEnv, production: prodEnv }
}

const ATTEMPTS = 5
/** A setup script that uses (almost) no CPU for this long has hung (it never waits on anything but the CPU and the disk). */
const STALL_MS = 60_000
/** Articles added per corpus script run: a failed run loses little. */
const CORPUS_STEP = 500

/**
 * Node 20's loader hooks under tsx now and then end a script silently, or leave it hanging before
 * it has opened the database (seen on a busy machine; see seed-e2e.ts), so a setup step that
 * failed, hung or did not finish its work is run again (every step is idempotent). `node --import
 * tsx` keeps it one process, which can be watched and killed whole (npx would leave it orphaned).
 */
async function runScript(args: string[], done: () => boolean, env: NodeJS.ProcessEnv, beforeRetry?: () => void): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      if (attempt > 1) beforeRetry?.()
      await runWatched('node', ['--import', 'tsx', ...args], env, STALL_MS)
      if (done()) return
      throw new Error(`${args.join(' ')} exited without finishing its work`)
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error
      log(`${(error as Error).message.split('\n')[0]}; retrying (attempt ${attempt + 1} of ${ATTEMPTS}).`)
    }
  }
}

/** Migrates and seeds (tests/e2e/seed-e2e.ts applies any migration the CLI skipped), then adds the bench article. */
export async function prepareDatabase(env: RunEnv): Promise<{ article: BenchArticle; credentials: Credentials }> {
  const credentialsFile = path.join(env.dir, 'credentials.json')
  const articleFile = path.join(env.dir, 'article.json')
  run('npx', ['payload', 'migrate'], env.tools)
  // The seed reports passwords only for accounts it creates: a retry starts from an empty database
  // (seed-e2e.ts then applies the migrations itself, with a warning).
  const emptyDatabase = () => {
    for (const name of ['cms.db', 'cms.db-wal', 'cms.db-shm', 'cms.db-journal', 'uploads', 'demo-credentials.txt']) {
      fs.rmSync(path.join(env.dir, name), { recursive: true, force: true })
    }
  }
  await runScript(['tests/e2e/seed-e2e.ts', credentialsFile], () => fs.existsSync(credentialsFile), env.tools, emptyDatabase)
  await runScript(['bench/setup/article.ts', articleFile], () => fs.existsSync(articleFile), env.tools)
  return {
    article: JSON.parse(fs.readFileSync(articleFile, 'utf8')) as BenchArticle,
    credentials: JSON.parse(fs.readFileSync(credentialsFile, 'utf8')) as Credentials,
  }
}

/** Grows the corpus to `count` published articles (bench/setup/corpus.ts), a step at a time. */
export async function growCorpus(env: RunEnv, count: number): Promise<void> {
  const countFile = path.join(env.dir, 'corpus-count.txt')
  const reached = (target: number) => fs.existsSync(countFile) && Number(fs.readFileSync(countFile, 'utf8')) >= target
  for (let target = Math.min(count, CORPUS_STEP); ; target = Math.min(count, target + CORPUS_STEP)) {
    await runScript(['bench/setup/corpus.ts', String(target), countFile], () => reached(target), env.tools)
    if (target === count) return
  }
}

/** Creates or drops the recommended indexes on the bench's database only (bench/setup/trial-indexes.ts); returns the SQL. */
export async function trialIndexes(env: RunEnv, action: 'create' | 'drop'): Promise<string[]> {
  const doneFile = path.join(env.dir, `trial-indexes-${action}.sql`)
  fs.rmSync(doneFile, { force: true })
  await runScript(['bench/setup/trial-indexes.ts', action, doneFile], () => fs.existsSync(doneFile), env.tools)
  return fs.readFileSync(doneFile, 'utf8').split('\n')
}
