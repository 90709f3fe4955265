/**
 * Generated files and SQL migrations must match the config: a field added without
 * `npm run generate` or `npm run migrate:create` fails here, not in production. The migration
 * checks run on the engine of this run (npm test runs this file on SQLite and on PostgreSQL), each
 * against its own folder, migrations/<engine>/.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { generateImportMap, type Payload, type SanitizedConfig } from 'payload'
import { generateTypes } from 'payload/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { withRoleTable } from '@/access/roleTable'
import { committedMigrations } from '@/lib/database'

import { startTestApp, type TestApp } from '../helpers/testApp'

const root = path.resolve(__dirname, '../..')
/** MongoDB has no schema to migrate; its migrations folder stays empty. */
const usesSql = !process.env.TEST_DATABASE_URI?.startsWith('mongodb')

let app: TestApp
let payload: Payload
let config: SanitizedConfig

beforeAll(async () => {
  app = await startTestApp()
  payload = app.payload
  config = app.config
})
afterAll(() => app?.close())

describe('generated files', () => {
  it('src/payload-types.ts is what `payload generate:types` makes of the config', async () => {
    const fresh = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'types-')), 'payload-types.ts')
    process.env.PAYLOAD_TS_OUTPUT_PATH = fresh
    try {
      await generateTypes(config, { log: false })
    } finally {
      delete process.env.PAYLOAD_TS_OUTPUT_PATH
    }
    const committed = fs.readFileSync(path.join(root, 'src/payload-types.ts'), 'utf8')
    expect(committed, 'src/payload-types.ts is stale: run `npm run generate`').toBe(
      fs.readFileSync(fresh, 'utf8'),
    )
  })

  it('the admin import map is what `payload generate:importmap` makes of the config', async () => {
    const adminDir = path.join(root, 'src/app/(payload)/admin')
    const fresh = path.join(adminDir, `importMap.check-${process.pid}.js`)
    try {
      await generateImportMap(
        {
          ...config,
          admin: {
            ...config.admin,
            importMap: { ...config.admin.importMap, importMapFile: fresh },
          },
        },
        { log: false, force: true },
      )
      const committed = fs.readFileSync(path.join(adminDir, 'importMap.js'), 'utf8')
      expect(committed, 'importMap.js is stale: run `npm run generate`').toBe(
        fs.readFileSync(fresh, 'utf8'),
      )
    } finally {
      fs.rmSync(fresh, { force: true })
    }
  })

  it("docs/roles.md's table is what `npm run generate` writes from src/access/permissions.ts", () => {
    const committed = fs.readFileSync(path.join(root, 'docs/roles.md'), 'utf8')
    expect(committed, 'docs/roles.md is stale: run `npm run generate`').toBe(
      withRoleTable(committed),
    )
  })
})

describe.runIf(usesSql)('SQL migrations', () => {
  const folder = () => (payload.db as unknown as { migrationDir: string }).migrationDir

  it('live in migrations/<engine>/', () => {
    expect(path.relative(root, folder())).toMatch(/^migrations\/(sqlite|postgres)$/)
  })

  it('cover every schema change in the config (no drift)', async () => {
    const db = payload.db as unknown as {
      schema: Record<string, unknown>
      requireDrizzleKit: () => {
        generateDrizzleJson: (schema: Record<string, unknown>) => Promise<object> | object
        generateMigration: (before: object, after: object) => Promise<string[]>
      }
    }
    const snapshots = fs
      .readdirSync(folder())
      .filter((file) => file.endsWith('.json'))
      .sort()
    const latest = JSON.parse(fs.readFileSync(path.join(folder(), snapshots.at(-1)!), 'utf8'))
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const current = await generateDrizzleJson(db.schema)
    const missing = await generateMigration(latest, current)
    expect(
      missing,
      'the config has schema changes without a migration: run `npm run migrate:create`',
    ).toEqual([])
  })

  it('every migration file is listed in migrations/<engine>/index.ts, which production runs on start', async () => {
    const migrations = await committedMigrations(payload)
    const files = fs
      .readdirSync(folder())
      .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
      .map((file) => file.replace(/\.ts$/, ''))
      .sort()
    expect(migrations.map((migration) => migration.name).sort()).toEqual(files)
    expect((payload.db as unknown as { prodMigrations?: unknown[] }).prodMigrations).toHaveLength(
      files.length,
    )
  })

  it('a fresh database has every migration applied', async () => {
    const migrations = await committedMigrations(payload)
    const applied = await payload.find({ collection: 'payload-migrations', limit: 0 })
    expect(applied.docs.map((doc) => doc.name).sort()).toEqual(
      migrations.map((migration) => migration.name).sort(),
    )
  })
})
