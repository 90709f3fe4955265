import { revalidatePath } from 'next/cache'
import type { PayloadRequest } from 'payload'

import { renewCacheGeneration } from '@/lib/pageCache/generation'

/**
 * Public pages are generated once and cached until content changes. Any change that readers can
 * see (an article published or unpublished, an author, a topic, an image, a comment approved, the
 * site settings) refreshes the whole public site on every instance: content changes are rare,
 * pages regenerate on the next visit, and a page can never be left showing stale names or links.
 *
 * The new cache generation (src/lib/pageCache/generation.ts) is what reaches every instance, this
 * one included, within GENERATION_CHECK_MS of the change's commit, whether or not a request is
 * behind it (a scheduled publish run by the jobs queue has none). revalidatePath makes this
 * instance's own pages fresh at once, for the editor who just pressed Publish.
 */
export async function revalidateSite(req: PayloadRequest): Promise<void> {
  await renewCacheGeneration(req.payload, req)
  // Outside a request (the jobs runner's timer still carries the context of the long-finished
  // request during which Payload started) the call would be lost or throw; the generation suffices.
  if (!req.headers?.get('host')) return
  try {
    revalidatePath('/', 'layout')
  } catch {
    // Not in a Next.js request (a script, the integration tests): no page cache here to refresh.
  }
}
