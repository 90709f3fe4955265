import { siteOrigin } from '@/lib/config/site'
import type { Media } from '@/payload-types'

type Props = {
  media: Media | Media['id'] | null | undefined
  /** How wide the image is drawn at each breakpoint, so the browser fetches the right size. */
  sizes: string
  /** The page's main image: fetched first, never lazily. */
  priority?: boolean
  className?: string
}

/** With SERVER_URL set, Payload makes file URLs absolute; our own files are written as paths. */
export const ownPath = (url: string) =>
  url.startsWith(`${siteOrigin()}/`) ? url.slice(siteOrigin().length) : url

/**
 * A Payload image as a plain <img>: its intrinsic size (no layout shift), and the sizes Payload made
 * at upload (collections/Media) as a srcset, so a phone fetches the 480 px one.
 */
export function MediaImage({ media, sizes, priority, className }: Props) {
  if (!media || typeof media !== 'object' || !media.url) return null
  const variants = [media.sizes?.thumbnail, media.sizes?.card, media.sizes?.hero, media]
    .filter((variant) => variant?.url && variant.width)
    .map((variant) => `${ownPath(variant!.url!)} ${variant!.width}w`)
  return (
    // A plain <img>: next/image is a client component, and the reading pages have no React in the browser.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      className={className}
      src={ownPath(media.sizes?.card?.url || media.url)}
      srcSet={[...new Set(variants)].join(', ') || undefined}
      sizes={sizes}
      alt={media.alt ?? ''}
      width={media.width ?? 1600}
      height={media.height ?? 900}
      loading={priority ? undefined : 'lazy'}
      decoding="async"
      fetchPriority={priority ? 'high' : undefined}
    />
  )
}
