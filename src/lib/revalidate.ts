import { revalidatePath } from 'next/cache'

/**
 * Public pages are generated once and cached until content changes. Any change that readers can
 * see (an article published or unpublished, an author, a topic, an image, the site settings)
 * refreshes the whole public site: content changes are rare, pages regenerate on the next visit,
 * and a page can never be left showing stale names or links.
 */
export function revalidateSite(): void {
  try {
    revalidatePath('/', 'layout')
  } catch {
    // Outside a Next.js request (seed script, migrations, tests) there is no cache to refresh.
  }
}
