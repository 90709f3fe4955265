/**
 * The cluster's environment. Both instances get the same one (deploy/several-instances/shared.env
 * lists what must be identical: database, secret, bucket, public address, proxies, jobs settings);
 * only PORT and the mail outbox differ (instances.ts). The tools that migrate, seed and queue a
 * schedule get the same database, secret and bucket, with the jobs runner off, so that no third
 * process runs scheduled work.
 */
import path from 'node:path'

import { siteEnv } from '../../tests/e2e/global-setup'

/** A runner tick every second in both instances: the scheduler check needs them racing. */
export const JOBS_CRON = '* * * * * *'

export function clusterEnv(
  tempDir: string,
  serverURL: string,
  bucketEnv: Record<string, string>,
): { serverEnv: NodeJS.ProcessEnv; toolEnv: NodeJS.ProcessEnv } {
  // siteEnv: a database of its own on TEST_DATABASE_URI's server (startEngine set it), a random
  // PAYLOAD_SECRET, SERVER_URL, TRUSTED_PROXIES=loopback, no SMTP.
  const { prodEnv, toolEnv } = siteEnv(tempDir, serverURL)
  const shared = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => {
    const result: NodeJS.ProcessEnv = { ...env, ...bucketEnv, JOBS_CRON }
    // Files go to the bucket, never to a disk of the instance's own; nothing of the caller's shell
    // may change the set-up (a PORT, replicas).
    for (const name of ['UPLOAD_DIR', 'PORT', 'DATABASE_REPLICA_URIS', 'MAIL_OUTBOX', 'SEED_DEMO'])
      delete result[name]
    return result
  }
  return {
    serverEnv: { ...shared(prodEnv), JOBS_AUTORUN: 'true' },
    toolEnv: {
      ...shared(toolEnv),
      JOBS_AUTORUN: 'false',
      MAIL_OUTBOX: path.join(tempDir, 'outbox-tools.jsonl'),
    },
  }
}
