/**
 * What a fresh clone's `npm run seed` and `npm run backup` write (under the usual umask 022) is
 * readable by its owner only: data/ and what the site keeps there (the SQLite database with its
 * -wal and -shm files, the generated secret, the demo logins, the upload folder), the backups
 * folder and every file of a snapshot (src/lib/privateFiles.ts). On PostgreSQL the same, with the
 * pg_dump file in place of the database copy.
 */
import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, expect, it } from 'vitest'

import { dropDatabase, parseDatabaseUri } from '@/lib/database'

import {
  commandEnv,
  packageScript,
  runCommand,
  scratchCheckout,
} from '../../scripts/test/scratch-checkout.mjs'

const engine = parseDatabaseUri(process.env.DATABASE_URI).engine
const dir = scratchCheckout()
// SQLite: the default (data/cms.db in the checkout), as on a fresh clone; a server: this file's own database on it.
const databaseUri = engine === 'sqlite' ? undefined : process.env.DATABASE_URI
const env = commandEnv(dir, {
  NODE_ENV: 'development',
  DATABASE_URI: databaseUri,
  UPLOAD_DIR: undefined,
  PAYLOAD_SECRET: undefined,
  TEST_DATABASE_URI: undefined,
})

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true })
  if (databaseUri) await dropDatabase(databaseUri)
})

/** Runs `npm run <script> [argument]` in the checkout as a shell with the common umask would. */
async function npmRun(script: string, argument = ''): Promise<void> {
  const result = await runCommand(`umask 022 && ${packageScript(script)} ${argument}`, {
    cwd: dir,
    env,
    timeoutMs: 240_000,
  })
  expect(result.outcome, result.output).toBe('completed')
}

/** `file` and, for a folder, everything in it; each with its permission bits. */
function modes(file: string, recursive: boolean): { file: string; mode: string }[] {
  const entries =
    recursive && fs.statSync(file).isDirectory()
      ? fs.readdirSync(file, { recursive: true }).map((entry) => path.join(file, String(entry)))
      : []
  return [file, ...entries].map((each) => ({
    file: path.relative(dir, each),
    mode: (fs.statSync(each).mode & 0o777).toString(8),
  }))
}

// MongoDB is backed up with mongodump (README), not `npm run backup`.
it.skipIf(engine === 'mongodb')(
  'the seed and the backup create their files and folders for their owner alone',
  async () => {
    await npmRun('seed')
    const files = [
      ...modes(path.join(dir, 'data'), false),
      ...modes(path.join(dir, 'data', 'payload-secret'), false),
      ...modes(path.join(dir, 'data', 'demo-credentials.txt'), false),
      // Its files are Payload's (umask modes), out of reach behind it.
      ...modes(path.join(dir, 'data', 'uploads'), false),
    ]
    const database = path.join(dir, 'data', 'cms.db')
    // SQLite removes -wal and -shm when the last connection closes, so a reader holds it open
    // while the backup runs, as the site would: SQLite makes both files, after the database's mode.
    const reader = engine === 'sqlite' ? createClient({ url: `file:${database}` }) : undefined
    try {
      if (reader) {
        expect((await reader.execute('SELECT count(*) AS n FROM users')).rows[0].n).toBe(3)
        files.push(
          ...modes(database, false),
          ...modes(`${database}-wal`, false),
          ...modes(`${database}-shm`, false),
        )
      }
      await npmRun('backup')
    } finally {
      reader?.close()
    }
    const backups = path.join(dir, 'backups')
    const [snapshot] = fs.readdirSync(backups)
    files.push(...modes(backups, true))
    const inSnapshot = fs.readdirSync(path.join(backups, snapshot), { recursive: true }).map(String)
    expect(inSnapshot).toEqual(
      expect.arrayContaining([
        'manifest.json',
        engine === 'sqlite' ? 'cms.db' : 'cms.pgdump',
        'uploads',
      ]),
    )
    expect(inSnapshot.some((file) => file.startsWith(path.join('uploads', 'media')))).toBe(true)

    expect(files.filter(({ mode }) => (parseInt(mode, 8) & 0o077) !== 0)).toEqual([])
  },
  600_000,
)
