/**
 * A fresh, migrated, seeded database for the run (as tests/e2e/global-setup.ts does), plus the
 * realistic article, and the environments the tools and the production server run with.
 */
import fs from 'node:fs'
import path from 'node:path'

import { dropDatabase } from '@/lib/database'

import { siteEnv } from '../../tests/e2e/global-setup'

import { runScriptWatched } from '../../scripts/reliability/watched'

import { commandsRun, log, PORTS, run, RUN_DIR } from './context'

export type RunEnv = {
  dir: string
  baseURL: string
  /** For the setup scripts and the payload CLI (development NODE_ENV: the seed refuses production). */
  tools: NodeJS.ProcessEnv
  /** For next build and next start. */
  production: NodeJS.ProcessEnv
}

/** `id` is opaque (a number on SQLite, a uuid on PostgreSQL): passed back to the API as it came. */
export type BenchArticle = {
  id: string | number
  slug: string
  words: number
  authors: number
  comments: number
  topicSlug: string
  authorSlug: string
}
export type Credentials = { credentials: { role: string; email: string; password: string }[] }

/** The run's folder, emptied, and its environments; the database is on the engine startEngine() chose (TEST_DATABASE_URI). */
export function runEnvironment(): RunEnv {
  const dir = RUN_DIR
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  const baseURL = `http://127.0.0.1:${PORTS.next}`
  // The same environment as the browser tests' server: prerendered feeds and sitemaps embed SERVER_URL.
  const { toolEnv, prodEnv } = siteEnv(dir, baseURL)
  return { dir, baseURL, tools: toolEnv, production: prodEnv }
}

/** A setup script that uses (almost) no CPU for this long has stalled (it waits on little but the CPU, the disk and the database). */
const STALL_MS = 60_000
/** Articles added per corpus script run. */
const CORPUS_STEP = 500

/** Runs a setup script, watched (scripts/reliability/watched.ts); `done()` says whether it did its work. */
function runScript(args: string[], done: () => boolean, env: NodeJS.ProcessEnv): Promise<void> {
  commandsRun.push(`node --conditions=development scripts/run-ts.mjs ${args.join(' ')}`)
  return runScriptWatched(args, done, { env, stallMs: STALL_MS, log })
}

/** Migrates and seeds (tests/e2e/seed-e2e.ts applies any migration the CLI skipped), then adds the bench article. */
export async function prepareDatabase(
  env: RunEnv,
): Promise<{ article: BenchArticle; credentials: Credentials; submissionId: string | number }> {
  const credentialsFile = path.join(env.dir, 'credentials.json')
  const articleFile = path.join(env.dir, 'article.json')
  const submissionFile = path.join(env.dir, 'submission.json')
  // A PostgreSQL database of an earlier run outlives its folder.
  await dropDatabase(env.tools.DATABASE_URI!)
  run('npx', ['payload', 'migrate'], env.tools)
  await runScript(
    ['tests/e2e/seed-e2e.ts', credentialsFile],
    () => fs.existsSync(credentialsFile),
    env.tools,
  )
  await runScript(
    ['bench/setup/article.ts', articleFile],
    () => fs.existsSync(articleFile),
    env.tools,
  )
  await runScript(
    ['bench/setup/submission.ts', submissionFile],
    () => fs.existsSync(submissionFile),
    env.tools,
  )
  return {
    article: JSON.parse(fs.readFileSync(articleFile, 'utf8')) as BenchArticle,
    credentials: JSON.parse(fs.readFileSync(credentialsFile, 'utf8')) as Credentials,
    submissionId: (JSON.parse(fs.readFileSync(submissionFile, 'utf8')) as { id: string | number })
      .id,
  }
}

/** Grows the corpus to `count` published articles (bench/setup/corpus.ts), a step at a time. */
export async function growCorpus(env: RunEnv, count: number): Promise<void> {
  const countFile = path.join(env.dir, 'corpus-count.txt')
  const reached = (target: number) =>
    fs.existsSync(countFile) && Number(fs.readFileSync(countFile, 'utf8')) >= target
  for (
    let target = Math.min(count, CORPUS_STEP);
    ;
    target = Math.min(count, target + CORPUS_STEP)
  ) {
    await runScript(
      ['bench/setup/corpus.ts', String(target), countFile],
      () => reached(target),
      env.tools,
    )
    if (target === count) return
  }
}

/** Grows the comments to `count` (bench/setup/comments.ts). */
export async function growComments(env: RunEnv, count: number): Promise<void> {
  const countFile = path.join(env.dir, 'comments-count.txt')
  await runScript(
    ['bench/setup/comments.ts', String(count), countFile],
    () => fs.existsSync(countFile) && Number(fs.readFileSync(countFile, 'utf8')) >= count,
    env.tools,
  )
}

/**
 * Creates or drops the recommended indexes on the bench's database only (bench/setup/trial-indexes.ts,
 * SQLite only: it runs SQLite's SQL); returns the SQL.
 */
export async function trialIndexes(env: RunEnv, action: 'create' | 'drop'): Promise<string[]> {
  const doneFile = path.join(env.dir, `trial-indexes-${action}.sql`)
  fs.rmSync(doneFile, { force: true })
  await runScript(
    ['bench/setup/trial-indexes.ts', action, doneFile],
    () => fs.existsSync(doneFile),
    env.tools,
  )
  return fs.readFileSync(doneFile, 'utf8').split('\n')
}
