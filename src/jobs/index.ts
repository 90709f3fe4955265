import type { JobsConfig } from 'payload'

import { allowWhole } from '@/access'
import { isBuilding } from '@/lib/config/phase'

import { refuseUnscheduleByNonEditor } from './guardSchedules'
import { runsThisTick } from './runner'
import { sendMailing } from './sendMailing'

/** How often the in-app runner looks for due jobs: every 15 seconds, so a schedule is met within a minute. */
export const DEFAULT_JOBS_CRON = '*/15 * * * * *'

/**
 * Scheduled publishing runs on Payload's jobs queue, inside the app: "Schedule" in the admin
 * queues a job for the chosen time, and this runner publishes it as the editor who scheduled it.
 * Newsletter mailings run here too (sendMailing.ts).
 * Every instance on a database may run it: each tick is run by one of them (runner.ts). Never
 * during `next build`, which loads the config too.
 */
export const jobs: JobsConfig = {
  // Running, queueing or cancelling jobs over the API (`/api/payload-jobs/run`, …) is for editors.
  access: {
    run: allowWhole('jobs', 'run'),
    queue: allowWhole('jobs', 'queue'),
    cancel: allowWhole('jobs', 'cancel'),
  },
  tasks: [sendMailing],
  autoRun: [{ cron: process.env.JOBS_CRON || DEFAULT_JOBS_CRON, queue: 'default', limit: 20 }],
  shouldAutoRun: async (payload) =>
    process.env.JOBS_AUTORUN !== 'false' && !isBuilding() && (await runsThisTick(payload)),
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    hooks: {
      ...defaultJobsCollection.hooks,
      beforeDelete: [
        ...(defaultJobsCollection.hooks?.beforeDelete ?? []),
        refuseUnscheduleByNonEditor,
      ],
    },
  }),
}
