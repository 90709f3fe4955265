/**
 * Queues a scheduled publish, as the admin's "Schedule" drawer does (@payloadcms/ui's
 * schedulePublishHandler: `payload.jobs.queue` of the `schedulePublish` task, acting for the
 * editor), through the Local API with the editor's access checked. Over HTTP there is no other way:
 * Payload 3.90.1 has no REST endpoint that queues a job (the jobs collection refuses `create` to
 * everyone) and the drawer calls a server action. Run by checks/schedule.ts and by
 * tests/e2e/several-instances.spec.ts in a process of its own with the jobs runner off
 * (JOBS_AUTORUN=false), so that only the instances run the jobs. Every
 * article named gets its own job, all due at the same moment; writes the jobs' ids and that moment
 * as JSON to the file named last.
 *
 *   node --conditions=development scripts/run-ts.mjs scripts/cluster/schedule-task.ts <article id,…> <editor id> <delay ms> <out.json>
 */
import fs from 'node:fs'

import { createLocalReq } from 'payload'

const CLOSE_TIMEOUT_MS = 5_000

async function main(): Promise<void> {
  const [articleIds, editorId, delayMs, outFile] = process.argv.slice(2)
  if (!articleIds || !editorId || !Number(delayMs) || !outFile)
    throw new Error('Usage: … schedule-task.ts <article id,…> <editor id> <delay ms> <out.json>')
  const [{ default: config }, { getPayload }, { closeDatabase }] = await Promise.all([
    import('@payload-config'),
    import('payload'),
    import('@/lib/database'),
  ])
  const payload = await getPayload({ config })
  try {
    const editor = await payload.findByID({ collection: 'users', id: editorId, depth: 0 })
    const req = await createLocalReq({ user: { ...editor, collection: 'users' } }, payload)
    const waitUntil = new Date(Date.now() + Number(delayMs))
    const jobIds: (string | number)[] = []
    for (const articleId of articleIds.split(',')) {
      const job = await payload.jobs.queue({
        task: 'schedulePublish',
        input: {
          type: 'publish',
          doc: { relationTo: 'articles', value: articleId },
          user: { relationTo: 'users', value: editorId },
        },
        waitUntil,
        req,
        overrideAccess: false,
      })
      jobIds.push(job.id)
    }
    // Written whole, then renamed: the caller takes the file's existence as "done".
    fs.writeFileSync(
      `${outFile}.part`,
      JSON.stringify({ jobIds, waitUntil: waitUntil.toISOString() }),
    )
    fs.renameSync(`${outFile}.part`, outFile)
  } finally {
    // Bounded, as in scripts/reliability/payloadTask.ts: on PostgreSQL closeDatabase() can wait forever.
    await Promise.race([
      closeDatabase(payload),
      new Promise((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS).unref()),
    ])
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('[cluster schedule-task]', error)
    process.exit(1)
  },
)
