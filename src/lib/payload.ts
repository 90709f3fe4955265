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

/**
 * The same instance with its jobs runner started (scheduled publishing, newsletter mailings).
 * Payload starts it only for its own REST and admin requests, so a server restarted after a crash
 * would resume nothing until someone called the API: the server starts it itself, at start-up
 * (src/instrumentation.ts). src/jobs/index.ts decides whether this process runs jobs at all.
 */
export async function startJobsRunner() {
  if (isBuilding()) return
  await getPayload({ config, cron: true })
}
