import { MediaImage } from '@/components/MediaImage'
import type { ImageBlock as Block } from '@/payload-types'

/** An image across the text column, with its caption and credit under it. */
export function ImageBlock({ block }: { block: Block }) {
  const caption = [block.caption, block.credit].filter(Boolean)
  return (
    <figure className="block block-image">
      <MediaImage media={block.image} sizes="(min-width: 760px) 680px, 100vw" />
      {caption.length > 0 && (
        <figcaption>
          {block.caption}
          {block.credit && <span className="block-image__credit">{block.credit}</span>}
        </figcaption>
      )}
    </figure>
  )
}
