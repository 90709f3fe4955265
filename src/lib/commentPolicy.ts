/** The comment moderation policy from the site settings, as plain functions (unit-tested). */

export type ModerationMode = 'hold-all' | 'hold-first-time' | 'publish'
export type CommentPolicy = {
  moderationMode: ModerationMode
  linkLimit: number
  blocklist?: string | null
}
export type PolicyDecision = { status: 'pending' | 'approved' | 'spam'; reason: string }

/** Seconds between two comments from one address (the sender's, never the e-mail address typed). */
export const FLOOD_SECONDS = 15

const LINK = /\bhttps?:\/\/[^\s<>"']+/giu

export const countLinks = (body: string) => body.match(LINK)?.length ?? 0

/**
 * Lower case for matching, the same on any server: Azerbaijani/Turkish "İ" and "ı" both count as
 * "i" (a locale-dependent lower-casing would let "İÇKİ" slip past a blocklisted "içki").
 */
const fold = (text: string) =>
  text
    .toLowerCase()
    .replace(/\u0307/g, '')
    .replace(/ı/g, 'i')

/** The blocklisted word or phrase the body contains (whole words, any case), if any. */
export function blocklistMatch(body: string, blocklist: string | null | undefined): string | null {
  const text = fold(body)
  for (const entry of (blocklist ?? '').split('\n')) {
    const term = fold(entry.trim())
    if (!term) continue
    const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    if (new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(text)) return term
  }
  return null
}

/**
 * What happens to a reader's new comment: the blocklist marks spam; too many links hold it; then
 * the mode decides (hold all; publish an e-mail address that already has an approved comment;
 * or publish at once).
 */
export function decideStatus(
  policy: CommentPolicy,
  body: string,
  hasApprovedComment: boolean,
): PolicyDecision {
  const blocked = blocklistMatch(body, policy.blocklist)
  if (blocked) return { status: 'spam', reason: `contains the blocklisted "${blocked}"` }
  const links = countLinks(body)
  if (links > policy.linkLimit)
    return { status: 'pending', reason: `${links} links, more than ${policy.linkLimit}` }
  if (policy.moderationMode === 'publish')
    return { status: 'approved', reason: 'published at once' }
  if (policy.moderationMode === 'hold-first-time' && hasApprovedComment) {
    return { status: 'approved', reason: 'this e-mail address has an approved comment' }
  }
  return { status: 'pending', reason: 'held for moderation' }
}
