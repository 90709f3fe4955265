import type { Endpoint } from 'payload'

import { demand } from '@/access'
import { DEFAULT_LOCALE, isLocale } from '@/i18n/config'
import { absoluteUrl } from '@/lib/config/site'
import { problem } from '@/lib/problem'
import { addressOf, isAddressedCollection } from '@/lib/redirects/paths'

/**
 * The address the SEO tab's search-result preview shows (the plugin's PreviewComponent asks this
 * path): the document's page on this site, in the language being edited, from the slug in the
 * form. It echoes what the editor sees, so it reads nothing. Served here rather than by the
 * plugin, which answers only for collections it adds its own SEO fields to.
 */
export const seoPreviewUrl: Endpoint = {
  path: '/plugin-seo/generate-url',
  method: 'post',
  handler: async (req) => {
    demand(req, 'articles', 'preview', {
      anonymous: 'Log in to preview addresses.',
      forbidden: 'Only staff preview addresses.',
    })
    const body = (await req.json?.().catch(() => null)) as {
      collectionSlug?: unknown
      doc?: { slug?: unknown }
      locale?: unknown
    } | null
    const collection = String(body?.collectionSlug ?? '')
    if (!isAddressedCollection(collection))
      return problem(400, 'collectionSlug', 'collectionSlug must be a collection with pages.')
    const slug = typeof body?.doc?.slug === 'string' ? body.doc.slug : ''
    const locale = isLocale(body?.locale) ? body.locale : DEFAULT_LOCALE
    return Response.json({ result: absoluteUrl(locale, addressOf(collection, slug)) })
  },
}
