import { instanceHealthy } from '@/lib/health'

/** Asked every few seconds by a load balancer: always run, never cached (by Next, nginx or anyone). */
export const dynamic = 'force-dynamic'

/**
 * `GET /healthz`: 200 while this instance's database and file store answer, 503 otherwise. The
 * body says only that: no version, engine, part or error for the public to read (the reason is in
 * the server's log).
 */
export async function GET(): Promise<Response> {
  const healthy = await instanceHealthy()
  return new Response(healthy ? 'ok\n' : 'unavailable\n', {
    status: healthy ? 200 : 503,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  })
}
