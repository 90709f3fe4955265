import Image from 'next/image'

import { siteOrigin } from '@/lib/config/site'
import type { Media } from '@/payload-types'

type Props = {
  media: Media | Media['id'] | null | undefined
  /** How wide the image is drawn at each breakpoint, so the browser fetches the right size. */
  sizes: string
  priority?: boolean
  className?: string
}

/** A Payload image with its intrinsic size (no layout shift) and Next's responsive variants. */
export function MediaImage({ media, sizes, priority, className }: Props) {
  if (!media || typeof media !== 'object' || !media.url) return null
  // With SERVER_URL set, Payload makes file URLs absolute; the image optimizer wants our own files
  // as local paths (it refuses to fetch its own origin as a "remote" image).
  const src = media.url.startsWith(`${siteOrigin()}/`)
    ? media.url.slice(siteOrigin().length)
    : media.url
  return (
    <Image
      className={className}
      src={src}
      alt={media.alt ?? ''}
      width={media.width ?? 1600}
      height={media.height ?? 900}
      sizes={sizes}
      priority={priority}
    />
  )
}
