import { ImageResponse } from 'next/og'
import { notFound } from 'next/navigation'

import { localeOf } from '@/lib/pageMetadata'
import { getArticle, getSettings } from '@/lib/queries'
import type { Author } from '@/payload-types'

export const dynamic = 'force-static'
export const generateStaticParams = () => []

/** The social-media card of an article without a hero image: title, authors and the think tank's name. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
) {
  const locale = await localeOf(params)
  const article = await getArticle(locale, (await params).slug)
  if (!article) notFound()
  const settings = await getSettings(locale)
  const authors = (article.authors ?? [])
    .filter((author): author is Author => typeof author === 'object')
    .map((a) => a.name)
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 72,
        background: '#12324a',
        color: '#fdfcfa',
      }}
    >
      <div style={{ fontSize: 30, letterSpacing: 2, textTransform: 'uppercase', opacity: 0.8 }}>
        {settings.siteName}
      </div>
      <div style={{ fontSize: 60, lineHeight: 1.15, fontWeight: 700 }}>{article.title}</div>
      <div style={{ fontSize: 30, opacity: 0.85 }}>{authors.join(', ')}</div>
    </div>,
    { width: 1200, height: 630 },
  )
}
