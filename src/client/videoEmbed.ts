/**
 * A page's videos (src/components/blocks/VideoBlock.tsx) show a play link and load nothing from the
 * video host. Pressing it puts the host's cookie-less player in its place, starting the video.
 */
export function enhanceVideoEmbeds() {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-embed-url]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault()
      const frame = document.createElement('iframe')
      frame.src = link.dataset.embedUrl!
      frame.title = link.dataset.title ?? ''
      frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen'
      frame.allowFullscreen = true
      frame.referrerPolicy = 'strict-origin-when-cross-origin'
      link.replaceWith(frame)
      frame.focus()
    })
  }
}
