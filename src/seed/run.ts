/**
 * `npm run seed` (always) and the README's first command (`if-empty`) load the demo content.
 * Run with tsx rather than `payload run`, whose on-the-fly loader can exit silently midway.
 * Never in production unless SEED_DEMO=true: a live site must not get demo accounts by accident.
 */
import path from 'node:path'

import config from '@payload-config'
import { getPayload } from 'payload'

import { seedDemoContent } from './index'

const onlyIfEmpty = process.argv.includes('if-empty')

async function main() {
  if (process.env.NODE_ENV === 'production' && process.env.SEED_DEMO !== 'true') {
    console.info('[seed] Skipped: NODE_ENV=production. Set SEED_DEMO=true to load the demo content anyway.')
    return
  }
  const payload = await getPayload({ config })
  if (onlyIfEmpty && (await payload.count({ collection: 'users' })).totalDocs > 0) {
    console.info('[seed] The database already has accounts; demo content not loaded.')
    await payload.destroy()
    return
  }
  const credentialsFile = path.resolve(process.cwd(), 'data', 'demo-credentials.txt')
  const { created, credentials } = await seedDemoContent(payload, { credentialsFile })
  console.info(`[seed] Created ${JSON.stringify(created)}`)
  if (credentials.length) {
    console.info('\nDemo staff logins (shown once; also saved to data/demo-credentials.txt, mode 0600):')
    for (const { role, email, password } of credentials) console.info(`  ${role.padEnd(7)} ${email.padEnd(22)} ${password}`)
    console.info(`\nSign in at http://localhost:${process.env.PORT || 3000}/admin\n`)
  }
  await payload.destroy()
}

await main()
