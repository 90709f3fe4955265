import type { Payload, PayloadRequest } from 'payload'

import { LOCALES, type Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import type { Page } from '@/payload-types'

type RichTextValue = Extract<
  NonNullable<Page['layout']>[number],
  { blockType: 'richText' }
>['content']

/**
 * `/about` is a page like the others (issue 19). Before, its text was Site settings' `about`: this
 * makes the About page from such a text, one rich-text block translated per language, unless a
 * page already has the address. Used by the migration that retired the setting and by the seed.
 */
export async function createAboutPage(
  payload: Payload,
  req: Partial<PayloadRequest> | undefined,
  text: Partial<Record<Locale, RichTextValue>>,
): Promise<boolean> {
  if (!text.en) return false
  const existing = await payload.count({
    collection: 'pages',
    where: { slug: { equals: 'about' } },
    req,
  })
  if (existing.totalDocs) return false
  const page = await payload.create({
    collection: 'pages',
    locale: 'en',
    req,
    data: {
      _status: 'published',
      slug: 'about',
      title: messagesFor('en').nav.about,
      layout: [{ blockType: 'richText', content: text.en }],
    },
  })
  for (const locale of LOCALES.filter((code) => code !== 'en')) {
    const translated = text[locale]
    await payload.update({
      collection: 'pages',
      id: page.id,
      locale,
      req,
      data: {
        _status: 'published',
        title: messagesFor(locale).nav.about,
        layout: page.layout?.map((block) =>
          block.blockType === 'richText' && translated ? { ...block, content: translated } : block,
        ),
      },
    })
  }
  return true
}
