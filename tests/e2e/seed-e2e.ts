/**
 * Migrates and seeds the end-to-end test database (DATABASE_URI, UPLOAD_DIR and PAYLOAD_SECRET come from the
 * environment that global-setup.ts prepares) and writes the demo logins as JSON to argv[2].
 *
 *   node --conditions=development scripts/run-ts.mjs tests/e2e/seed-e2e.ts /tmp/…/credentials.json
 */
import fs from 'node:fs'
import path from 'node:path'

import config from '@payload-config'
import { getPayload } from 'payload'

import { closeDatabase, migrateDatabase } from '@/lib/database'
import { seedDemoContent } from '@/seed'

async function main(): Promise<void> {
  const outFile = process.argv[2]
  if (!outFile)
    throw new Error(
      'Usage: node --conditions=development scripts/run-ts.mjs tests/e2e/seed-e2e.ts <credentials.json>',
    )
  const target = path.resolve(outFile)

  const payload = await getPayload({ config })
  try {
    await migrateDatabase(payload)
    // The seed's own text file of logins goes beside the JSON, inside the temporary folder.
    const credentialsFile = path.join(path.dirname(target), 'demo-credentials.txt')
    const { created, credentials } = await seedDemoContent(payload, { credentialsFile })
    if (credentials.length === 0) {
      throw new Error('The seed created no accounts: is DATABASE_URI pointing at a fresh database?')
    }
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, `${JSON.stringify({ created, credentials }, null, 2)}\n`, {
      mode: 0o600,
    })
    console.info(`[seed-e2e] Created ${JSON.stringify(created)}; logins written to ${target}`)
  } finally {
    await closeDatabase(payload)
  }
}

main().then(
  // Open handles (libSQL, sharp) must not keep the process alive once the work is done.
  () => process.exit(0),
  (error: unknown) => {
    console.error('[seed-e2e] Failed:', error)
    process.exit(1)
  },
)
