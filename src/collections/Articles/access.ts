import type { Access, Where } from 'payload'

import { authorIdOf, userIsEditor } from '@/access/roles'

const published: Where = { _status: { equals: 'published' } }

/** Readers see published articles; interns also the drafts they co-author; editors everything. */
export const publishedOrCoAuthored: Access = ({ req: { user } }) => {
  if (userIsEditor(user)) return true
  const authorId = authorIdOf(user)
  if (authorId === undefined) return published
  return { or: [published, { authors: { in: [authorId] } }] }
}

/** Version history follows the same rule, phrased on the versions table. */
export const versionsOfCoAuthored: Access = ({ req: { user } }) => {
  if (userIsEditor(user)) return true
  const authorId = authorIdOf(user)
  return authorId === undefined ? false : { 'version.authors': { in: [authorId] } }
}

/** Interns may change only unpublished drafts they co-author; a live article is editors' work. */
export const editorOrCoAuthoredDraft: Access = ({ req: { user } }) => {
  if (userIsEditor(user)) return true
  const authorId = authorIdOf(user)
  if (authorId === undefined) return false
  const conditions: Where[] = [{ authors: { in: [authorId] } }, { _status: { not_equals: 'published' } }]
  return { and: conditions }
}

/** Interns may delete only their drafts that were never published (no `publishedAt`). */
export const editorOrNeverPublishedDraft: Access = ({ req: { user } }) => {
  if (userIsEditor(user)) return true
  const authorId = authorIdOf(user)
  if (authorId === undefined) return false
  const conditions: Where[] = [
    { authors: { in: [authorId] } },
    { _status: { equals: 'draft' } },
    { publishedAt: { exists: false } },
  ]
  return { and: conditions }
}
