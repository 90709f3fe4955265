import type { Payload } from 'payload'

import { LOCALES } from '@/i18n/config'
import { lexicalToPlainText } from '@/lib/lexicalText'

/**
 * "Create New" stores an empty draft at once: with autosave on, Payload's admin creates the
 * document before showing its form (@payloadcms/next, views/Document: `payload.create` with no
 * data, then a redirect to its id), and there is no setting to wait for the first keystroke short
 * of validating every autosave. Drafts that are still empty long after (no title, standfirst or
 * text in any language, never published) were abandoned: the hourly housekeeping deletes them.
 */
export const UNTOUCHED_AFTER_MS = 6 * 3_600_000

type Localized = Partial<Record<string, unknown>> | null | undefined

const emptyEverywhere = (value: Localized, text = (field: unknown) => String(field ?? '')) =>
  LOCALES.every((locale) => !text(value?.[locale]).trim())

/** Deletes never-published drafts left empty for UNTOUCHED_AFTER_MS; returns how many. */
export async function deleteUntouchedDrafts(payload: Payload, now = Date.now()): Promise<number> {
  // Narrowed in the default language first; the survivors are checked in every language.
  const { docs: candidates } = await payload.find({
    collection: 'articles',
    draft: true,
    where: {
      and: [
        { _status: { equals: 'draft' } },
        { publishedAt: { exists: false } },
        { or: [{ title: { exists: false } }, { title: { equals: '' } }] },
        { updatedAt: { less_than: new Date(now - UNTOUCHED_AFTER_MS).toISOString() } },
      ],
    },
    limit: 100,
    depth: 0,
    select: { title: true },
  })
  let deleted = 0
  for (const { id } of candidates) {
    const draft = (await payload.findByID({
      collection: 'articles',
      id,
      draft: true,
      locale: 'all',
      depth: 0,
      select: { title: true, standfirst: true, body: true },
    })) as unknown as Record<'title' | 'standfirst' | 'body', Localized>
    const untouched =
      emptyEverywhere(draft.title) &&
      emptyEverywhere(draft.standfirst) &&
      emptyEverywhere(draft.body, lexicalToPlainText)
    if (!untouched) continue
    await payload.delete({ collection: 'articles', id })
    deleted += 1
  }
  if (deleted) payload.logger.info(`Deleted ${deleted} untouched empty draft(s) of articles`)
  return deleted
}
