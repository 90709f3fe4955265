/**
 * The README's commands that run TypeScript (`npm run dev`'s seeding step, `npm run seed`,
 * `backup`, `restore`, `search:reindex`) start plain Node through scripts/run-ts.mjs: no loader hooks, and Lexical's
 * build without a top-level await (the two things that stalled starts under tsx on Node 20), and
 * the first command really seeds a fresh clone's database that way. scripts/reliability/no-hang.mjs
 * runs them many times over.
 */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import {
  commandEnv,
  packageScript,
  ROOT,
  runCommand,
  scratchCheckout,
} from '../../scripts/test/scratch-checkout.mjs'

const RUNNER = 'node --conditions=development scripts/run-ts.mjs '
const SCRIPTS = {
  dev: 'src/seed/run.ts if-empty && next dev',
  seed: 'src/seed/run.ts',
  backup: 'src/backup/cli.ts backup',
  restore: 'src/backup/cli.ts restore',
  'search:reindex': 'src/lib/search/cli.ts',
}

const checkouts: string[] = []
afterAll(() => checkouts.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })))

describe('the commands of the README', () => {
  it('start their TypeScript with plain Node and the runner, never through tsx or another loader', () => {
    for (const [name, rest] of Object.entries(SCRIPTS)) {
      const command = packageScript(name)
      expect(command, name).toBe(`${RUNNER}${rest}`)
      expect(command, name).not.toMatch(/\btsx\b|--import|--loader|--experimental-loader|--require/)
      expect(fs.existsSync(path.join(ROOT, rest.split(' ')[0])), rest).toBe(true)
    }
    // The runner registers no module hooks of its own either.
    expect(fs.readFileSync(path.join(ROOT, 'scripts', 'run-ts.mjs'), 'utf8')).not.toMatch(
      /\bregister(Hooks)?\(/,
    )
  })

  it('refuse to run without the development condition, whose absence would bring the stall back now and then', async () => {
    const dir = scratchCheckout()
    checkouts.push(dir)
    const result = await runCommand('node scripts/run-ts.mjs src/backup/cli.ts', {
      cwd: dir,
      env: commandEnv(dir, {}),
      timeoutMs: 60_000,
    })
    expect(result.outcome).toBe('failed')
    expect(result.exitCode).toBe(2)
    expect(result.output).toContain('--conditions=development')
  })

  it("`npm run dev`'s seeding step migrates and seeds a fresh SQLite database, prints the logins and exits 0", async () => {
    const dir = scratchCheckout()
    checkouts.push(dir)
    const seedingStep = packageScript('dev').replace(/ && next dev$/, '')
    const env = commandEnv(dir, {
      NODE_ENV: 'development',
      DATABASE_URI: undefined,
      UPLOAD_DIR: undefined,
      PAYLOAD_SECRET: undefined,
      TEST_DATABASE_URI: undefined,
    })
    const result = await runCommand(seedingStep, { cwd: dir, env, timeoutMs: 240_000 })
    expect(result.outcome, result.output).toBe('completed')
    expect(result.output).toContain('Migrated:')
    expect(result.output).toMatch(
      /\[seed\] Created \{"topics":\d+,"authors":3,"articles":\d+,"users":3,"siteSettings":true,"teams":5,"pages":5,"branding":true\}/,
    )
    for (const role of ['admin', 'editor', 'intern'])
      expect(result.output).toMatch(new RegExp(`^  ${role} +\\S+@example\\.org +\\S{16,}$`, 'm'))
    expect(fs.existsSync(path.join(dir, 'data', 'cms.db'))).toBe(true)
    expect(fs.readFileSync(path.join(dir, 'data', 'demo-credentials.txt'), 'utf8')).toContain(
      'admin@example.org',
    )

    // Run again, the step finds the accounts and leaves the content alone.
    const again = await runCommand(seedingStep, { cwd: dir, env, timeoutMs: 240_000 })
    expect(again.outcome, again.output).toBe('completed')
    expect(again.output).toContain('The database already has accounts; demo content not loaded.')

    // `npm run search:reindex` rebuilds the index the migration filled, from the same content.
    const reindex = await runCommand(packageScript('search:reindex'), {
      cwd: dir,
      env,
      timeoutMs: 240_000,
    })
    expect(reindex.outcome, reindex.output).toBe('completed')
    expect(reindex.output).toMatch(
      /Search index rebuilt in [\d.]+ s: \d+ articles, 3 authors, \d+ topics\./,
    )
  }, 600_000)
})
