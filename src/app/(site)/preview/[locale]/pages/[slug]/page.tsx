import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { previewUser } from '@/access/preview'
import { sitePage } from '@/components/sitePage'
import { isLocale } from '@/i18n/config'

/** Rendered per request, as the signed-in staff member: never cached. */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; slug: string }> }

/** The signed-in user's view of the page's latest draft, or a 404 when there is none to show. */
async function previewedPage({ params }: Props) {
  const { locale, slug } = await params
  const user = isLocale(locale) ? await previewUser() : null
  const content = user && isLocale(locale) ? await sitePage(locale, slug, user) : null
  if (!content) notFound()
  return content
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return { title: (await previewedPage(props)).head.title }
}

export default async function PagePreviewPage(props: Props) {
  return (await previewedPage(props)).body
}
