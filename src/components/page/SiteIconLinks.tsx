import { ownPath } from '@/components/MediaImage'
import type { SiteIcon } from '@/payload-types'

/**
 * The site's icon for browser tabs and bookmarks, and for a phone's home screen (Apple's touch
 * icon; the others are in /manifest.webmanifest, src/app/manifest.ts). Without an uploaded icon,
 * the site's own drawing (src/app/icon.svg).
 */
export function SiteIconLinks({ icon }: { icon: SiteIcon | number | string | null | undefined }) {
  const sizes = icon && typeof icon === 'object' ? icon.sizes : undefined
  const favicon = sizes?.favicon?.url
  const touch = sizes?.appleTouch?.url
  return (
    <>
      {favicon ? (
        <link rel="icon" href={ownPath(favicon)} type="image/png" sizes="32x32" />
      ) : (
        <link rel="icon" href="/icon.svg" type="image/svg+xml" sizes="any" />
      )}
      {touch && <link rel="apple-touch-icon" href={ownPath(touch)} sizes="180x180" />}
      <link rel="manifest" href="/manifest.webmanifest" />
    </>
  )
}
