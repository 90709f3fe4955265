import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '@/payload-types'

/**
 * Every save records who made it, so each version in the history names its author (the versions
 * view, src/components/admin/VersionHistory.tsx). Saves without a staff member (seed, jobs acting
 * for nobody) leave the previous name.
 */
export const stampSavedBy: CollectionBeforeChangeHook<Article> = ({ data, req }) =>
  req.user?.collection === 'users' ? { ...data, savedBy: req.user.id } : data
