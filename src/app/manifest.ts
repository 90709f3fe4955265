import type { MetadataRoute } from 'next'

import { ownPath } from '@/components/MediaImage'
import { isBuilding } from '@/lib/config/phase'
import { getSettings } from '@/lib/queries'

/** Regenerated with the rest of the site when content changes (src/lib/revalidate.ts). */
export const dynamic = 'force-static'

const PAGE_BACKGROUND = '#fdfcfa'

/**
 * What a phone needs to put the site on its home screen: the name, the colours and the icons cut
 * from the one the editors uploaded (src/collections/SiteIcons), else the site's drawing.
 */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  // As for the sitemap: the build reads no content, and the page cache never serves what it made.
  const settings = isBuilding() ? null : await getSettings('en')
  const icon = typeof settings?.branding?.siteIcon === 'object' ? settings.branding.siteIcon : null
  const appIcons = (['app192', 'app512'] as const).flatMap((size) => {
    const file = icon?.sizes?.[size]
    return file?.url
      ? [{ src: ownPath(file.url), sizes: `${file.width}x${file.height}`, type: 'image/png' }]
      : []
  })
  return {
    name: settings?.siteName ?? '',
    short_name: settings?.siteName ?? '',
    description: settings?.tagline ?? undefined,
    start_url: '/',
    display: 'browser',
    background_color: PAGE_BACKGROUND,
    theme_color: settings?.branding?.brandColour ?? PAGE_BACKGROUND,
    icons:
      appIcons.length > 0 ? appIcons : [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' }],
  }
}
