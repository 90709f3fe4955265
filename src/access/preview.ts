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
/** An editor's page: /<slug> in English, /az/<slug>, /ru/<slug> (src/collections/Pages). */
const PAGE_PATH = /^\/(?:(az|ru)\/)?([a-z0-9]+(?:-[a-z0-9]+)*)$/

/**
 * Where a public article or page address is previewed: /preview/<locale>/articles/<slug> or
 * /preview/<locale>/pages/<slug>, App Router pages that keep React for Live preview (the readers'
 * pages have none). Other paths open as they are.
 */
export function previewPathFor(path: string): string {
  const article = ARTICLE_PATH.exec(path)
  if (article) return `/preview/${article[1] ?? 'en'}/articles/${article[2]}`
  const page = PAGE_PATH.exec(path)
  return page ? `/preview/${page[1] ?? 'en'}/pages/${page[2]}` : path
}
