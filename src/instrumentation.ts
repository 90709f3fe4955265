/**
 * Next.js runs `register` once per server process, before it answers any request. It hands the
 * page cache (page-cache-handler.mjs) the reader of this database's cache generation, and reads it
 * once, so that the first request is already served from, and cached under, the database this
 * process was started on (src/lib/pageCache/generation.ts). And it starts the jobs runner, so that
 * due jobs run (a mailing resumes) from the start, not from the first API request.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { isBuilding } = await import('@/lib/config/phase')
  if (isBuilding()) return
  const [{ generationReader }, { provideCacheNamespace }, { getPayloadClient, startJobsRunner }] =
    await Promise.all([
      import('@/lib/pageCache/generation'),
      import('@/lib/pageCache/namespace.mjs'),
      import('@/lib/payload'),
    ])
  const read = generationReader(getPayloadClient)
  provideCacheNamespace(read)
  await read()
  startJobsRunner()
}
