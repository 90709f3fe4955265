/**
 * Migrates and seeds the end-to-end test database (DATABASE_URI, UPLOAD_DIR and PAYLOAD_SECRET come from the
 * environment that global-setup.ts prepares) and writes the demo logins as JSON to argv[2].
 *
 *   node --import tsx tests/e2e/seed-e2e.ts /tmp/…/credentials.json
 *
 * Run with tsx, not `payload run` (whose loader can exit silently midway); tsx resolves the
 * tsconfig aliases `@payload-config` and `@/`.
 */
import fs from 'node:fs'
import path from 'node:path'

// Node 20's ESM loader hooks (tsx) can end the process (exit 13) while modules are still loading
// when nothing keeps the event loop alive: a timer first, then everything loaded dynamically
// (the same remedy as src/seed/run.ts).
const keepAlive = setInterval(() => undefined, 1000)

async function main(): Promise<void> {
  const outFile = process.argv[2]
  if (!outFile) throw new Error('Usage: tsx tests/e2e/seed-e2e.ts <credentials.json>')
  const target = path.resolve(outFile)

  const [{ default: config }, { getPayload }, { seedDemoContent }, { closeDatabase, migrateDatabase }] = await Promise.all([
    import('@payload-config'),
    import('payload'),
    import('@/seed'),
    import('@/lib/database'),
  ])
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
    fs.writeFileSync(target, `${JSON.stringify({ created, credentials }, null, 2)}\n`, { mode: 0o600 })
    console.info(`[seed-e2e] Created ${JSON.stringify(created)}; logins written to ${target}`)
  } finally {
    await closeDatabase(payload)
  }
}

main().finally(() => clearInterval(keepAlive)).then(
  // Open handles (libSQL, sharp) must not keep the process alive once the work is done.
  () => process.exit(0),
  (error: unknown) => {
    console.error('[seed-e2e] Failed:', error)
    process.exit(1)
  },
)
