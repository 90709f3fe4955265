import config from '@payload-config'
import { getPayload } from 'payload'

import { isBuilding } from '@/lib/config/phase'

/**
 * The one Payload instance of this process (getPayload caches it). Refused inside `next build`,
 * so that a page which would bake the build machine's content into the build fails it instead.
 */
export async function getPayloadClient() {
  if (isBuilding()) throw new Error('`next build` reads no content: see src/lib/config/phase.ts')
  return getPayload({ config })
}

const RUNNER_RETRY_MS = 30_000

/**
 * The same instance with its jobs runner started (scheduled publishing, newsletter mailings).
 * Payload starts it only for its own REST and admin requests, so a server restarted after a crash
 * would resume nothing until someone called the API: the server starts it itself, at start-up
 * (src/instrumentation.ts). src/jobs/index.ts decides whether this process runs jobs at all.
 */
export function startJobsRunner(): void {
  if (isBuilding()) return
  getPayload({ config, cron: true }).catch((error: unknown) => {
    // The database is not there yet: the server still starts (and /healthz says 503); try again.
    console.error(
      `The jobs runner could not start, trying again in ${RUNNER_RETRY_MS / 1000} s:`,
      error,
    )
    setTimeout(startJobsRunner, RUNNER_RETRY_MS).unref()
  })
}
