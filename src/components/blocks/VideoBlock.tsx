import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { videoOf } from '@/lib/video'
import type { VideoBlock as Block } from '@/payload-types'

const HOST_NAMES = { youtube: 'YouTube', vimeo: 'Vimeo' } as const

/**
 * A video that loads nothing from its host until the reader asks: the title and a play link to the
 * host's page. src/client/videoEmbed.ts turns the click into the host's cookie-less player, in a
 * frame the page's Content-Security-Policy allows for this host only; without JavaScript the link
 * opens the video on the host's site.
 */
export function VideoBlock({ block, locale }: { block: Block; locale: Locale }) {
  const video = videoOf(block.url)
  if (!video) return null
  const t = messagesFor(locale).blocks
  const host = HOST_NAMES[video.host]
  return (
    <figure className="block block-video">
      <div className="block-video__frame" data-video-frame="">
        <a
          className="block-video__play"
          href={video.watchUrl}
          data-embed-url={video.embedUrl}
          data-title={block.title}
        >
          <span className="block-video__icon" aria-hidden="true" />
          <span className="block-video__title">{t.playVideo(block.title)}</span>
        </a>
      </div>
      <figcaption>
        {block.caption && <span className="block-video__caption">{block.caption}</span>}
        <span className="block-video__notice">
          {t.videoNotice(host)} <a href={video.watchUrl}>{t.watchOn(host)}</a>
        </span>
      </figcaption>
    </figure>
  )
}
