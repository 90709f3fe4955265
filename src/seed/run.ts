/**
 * `npm run seed` (always) and the README's first command (`if-empty`) apply pending migrations and load the demo content. Never in production unless SEED_DEMO=true: a live site
 * must not get demo accounts by accident.
 */
import path from 'node:path'

async function main() {
  if (process.env.NODE_ENV === 'production' && process.env.SEED_DEMO !== 'true') {
    console.info(
      '[seed] Skipped: NODE_ENV=production. Set SEED_DEMO=true to load the demo content anyway.',
    )
    return
  }
  // Loaded only now: the config creates the database and secret files as it loads.
  const [
    { default: config },
    { getPayload },
    { closeDatabase, migrateDatabase },
    { seedDemoContent },
  ] = await Promise.all([
    import('@payload-config'),
    import('payload'),
    import('@/lib/database'),
    import('./index'),
  ])
  const payload = await getPayload({ config })
  await migrateDatabase(payload)
  if (
    process.argv.includes('if-empty') &&
    (await payload.count({ collection: 'users' })).totalDocs > 0
  ) {
    console.info('[seed] The database already has accounts; demo content not loaded.')
    await closeDatabase(payload)
    return
  }
  const credentialsFile = path.resolve(process.cwd(), 'data', 'demo-credentials.txt')
  const { created, credentials } = await seedDemoContent(payload, { credentialsFile })
  console.info(`[seed] Created ${JSON.stringify(created)}`)
  if (credentials.length) {
    console.info(
      '\nDemo staff logins (shown once; also saved to data/demo-credentials.txt, mode 0600):',
    )
    for (const { role, email, password } of credentials)
      console.info(`  ${role.padEnd(7)} ${email.padEnd(22)} ${password}`)
    console.info(`\nSign in at http://localhost:${process.env.PORT || 3000}/admin\n`)
  }
  await closeDatabase(payload)
}

// Awaited at the top level: were a module load ever to stall, Node would end with exit 13
// ("unsettled top-level await") rather than 0, so `npm run dev` would not go on to start the
// server on a database that was never seeded.
try {
  await main()
} catch (error) {
  console.error(error)
  process.exitCode = 1
}
