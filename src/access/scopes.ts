import type { Where } from 'payload'

import { publicProfiles } from '@/lib/publicProfiles'

import { authorIdOf } from './roles'

/**
 * The documents a scoped grant in src/access/permissions.ts covers, as a query Payload adds to the
 * request (so REST, GraphQL and the Local API all filter the same way), and in words for
 * docs/roles.md. `false` when the user has nothing the scope could match (no author profile).
 */
type Scope = { words: string; where: (user: unknown) => Where | false }

const published: Where = { _status: { equals: 'published' } }

/** A condition on the articles the user co-authors, or false without an author profile. */
const coAuthoring = (user: unknown, path = 'authors'): Where | false => {
  const authorId = authorIdOf(user)
  return authorId === undefined ? false : { [path]: { in: [authorId] } }
}

const withCoAuthoring = (user: unknown, ...conditions: Where[]): Where | false => {
  const own = coAuthoring(user)
  return own && { and: [own, ...conditions] }
}

const SCOPES = {
  published: { words: 'published', where: () => published },
  publishedOrCoAuthored: {
    words: 'published + drafts they co-author',
    where: (user) => {
      const own = coAuthoring(user)
      return own ? { or: [published, own] } : published
    },
  },
  coAuthoredVersion: {
    words: 'versions of articles they co-author',
    where: (user) => coAuthoring(user, 'version.authors'),
  },
  coAuthored: {
    words:
      'articles they co-author, as working copies (their saves are drafts an editor publishes)',
    where: (user) => coAuthoring(user),
  },
  neverPublishedCoAuthoredDraft: {
    words: 'never-published drafts they co-author',
    where: (user) =>
      withCoAuthoring(user, { _status: { equals: 'draft' } }, { publishedAt: { exists: false } }),
  },
  publicProfile: {
    words: 'staff profiles, and guest authors once an article by them is published',
    where: () => publicProfiles,
  },
  ownProfile: {
    words: 'the author profile they write as',
    where: (user) => {
      const authorId = authorIdOf(user)
      return authorId === undefined ? false : { id: { equals: authorId } }
    },
  },
  self: {
    words: 'their own account',
    where: (user) => {
      const id = (user as { id?: unknown } | null | undefined)?.id
      return typeof id === 'string' || typeof id === 'number' ? { id: { equals: id } } : false
    },
  },
  approved: {
    words: 'approved (public fields)',
    where: () => ({ status: { equals: 'approved' } }),
  },
} satisfies Record<string, Scope>

export type ScopeName = keyof typeof SCOPES

export const scopeWhere = (scope: ScopeName, user: unknown): Where | false =>
  SCOPES[scope].where(user)

export const scopeWords = (scope: ScopeName): string => SCOPES[scope].words
