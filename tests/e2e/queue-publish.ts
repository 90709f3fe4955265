/**
 * Queues a scheduled publish on the site's database (DATABASE_URI and the rest from the
 * environment), as the admin's "Schedule Publish" drawer does, but to the second rather than the
 * minute: `{ "article": id, "user": id, "at": ISO time }` as argv[2]. Used by
 * several-instances.spec.ts, whose two servers then race to run it.
 *
 *   node --conditions=development scripts/run-ts.mjs tests/e2e/queue-publish.ts '{"article":…}'
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { closeDatabase } from '@/lib/database'

type Schedule = { article: string | number; user: string | number; at: string }

const schedule = JSON.parse(process.argv[2] ?? '') as Schedule
const payload = await getPayload({ config })
try {
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'publish',
      doc: { relationTo: 'articles', value: schedule.article },
      user: { relationTo: 'users', value: schedule.user },
    },
    waitUntil: new Date(schedule.at),
  })
} finally {
  await closeDatabase(payload)
}
