import { headers } from 'next/headers'

import { canAlways } from './gate'
import type { User } from '@/payload-types'

import { getPayloadClient } from '@/lib/payload'

/**
 * The signed-in staff member behind a draft-mode request, or null. Draft mode alone proves
 * nothing: the Payload session cookie is checked on every preview render, and the queries then
 * run as this user, so an intern previews only the drafts they may read.
 */
export async function previewUser(): Promise<User | null> {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return canAlways(user, 'articles', 'preview') ? (user as User) : null
}

/** Only same-site paths: the preview route must not become an open redirect. */
export const safeRedirectPath = (value: string | null) =>
  value && /^\/(?!\/)[^\s\\]*$/.test(value) ? value : '/'

const ARTICLE_PATH = /^\/(?:(az|ru)\/)?articles\/([^/?#]+)$/

/**
 * Where a public article address is previewed: /preview/<locale>/articles/<slug>, an App Router
 * page that keeps React for Live preview (the readers' pages have none). Other paths open as they are.
 */
export function previewPathFor(path: string): string {
  const match = ARTICLE_PATH.exec(path)
  return match ? `/preview/${match[1] ?? 'en'}/articles/${match[2]}` : path
}
