/**
 * The video hosts a page's video block accepts, and how to embed each without cookies. Used by the
 * block's validation, by the block on the page and by the page's Content-Security-Policy, which
 * allows the one host of the page's videos in frames.
 */
export type Video = {
  host: 'youtube' | 'vimeo'
  id: string
  embedOrigin: string
  embedUrl: string
  watchUrl: string
}

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/
const VIMEO_ID = /^\d{1,12}$/

const youtube = (id: string): Video | undefined =>
  YOUTUBE_ID.test(id)
    ? {
        host: 'youtube',
        id,
        embedOrigin: 'https://www.youtube-nocookie.com',
        embedUrl: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`,
        watchUrl: `https://www.youtube.com/watch?v=${id}`,
      }
    : undefined

const vimeo = (id: string): Video | undefined =>
  VIMEO_ID.test(id)
    ? {
        host: 'vimeo',
        id,
        embedOrigin: 'https://player.vimeo.com',
        embedUrl: `https://player.vimeo.com/video/${id}?autoplay=1&dnt=1`,
        watchUrl: `https://vimeo.com/${id}`,
      }
    : undefined

/** The video at a YouTube or Vimeo address (watch, share, shorts or embed form), else undefined. */
export function videoOf(address: string): Video | undefined {
  let url: URL
  try {
    url = new URL(address)
  } catch {
    return undefined
  }
  if (url.protocol !== 'https:') return undefined
  const host = url.hostname.replace(/^www\.|^m\./, '')
  const [first, second] = url.pathname.split('/').filter(Boolean)
  if (host === 'youtu.be') return first ? youtube(first) : undefined
  if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    if (first === 'watch') return youtube(url.searchParams.get('v') ?? '')
    if ((first === 'embed' || first === 'shorts' || first === 'live') && second)
      return youtube(second)
    return undefined
  }
  if (host === 'vimeo.com') return first ? vimeo(first) : undefined
  if (host === 'player.vimeo.com' && first === 'video' && second) return vimeo(second)
  return undefined
}
