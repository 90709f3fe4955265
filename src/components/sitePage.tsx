import { Blocks } from '@/components/blocks/Blocks'
import { PreviewBanner } from '@/components/PreviewBanner'
import { SiteFrame } from '@/components/SiteFrame'
import type { PageContent } from '@/components/page/readingPage'
import { localePath, type Locale } from '@/i18n/config'
import { getPage, type SitePage } from '@/lib/pageQueries'
import { pageMetadata } from '@/lib/pageMetadata'
import { publishedLanguages } from '@/lib/translations'
import { videoOf } from '@/lib/video'
import type { User } from '@/payload-types'

/** The players of the page's videos, the only other origins its frames may come from. */
const videoOrigins = (page: SitePage) => [
  ...new Set(
    (page.layout ?? []).flatMap((block) =>
      block.blockType === 'video' ? (videoOf(block.url)?.embedOrigin ?? []) : [],
    ),
  ),
]

/**
 * `/<slug>`: one of the think tank's own pages (About, Team, Contact, …), or null for a 404. With
 * `previewer` (draft preview, src/access/preview.ts), that staff member's view of its latest draft.
 */
export async function sitePage(
  locale: Locale,
  slug: string,
  previewer?: User,
): Promise<PageContent | null> {
  const page = await getPage(locale, slug, { previewer })
  if (!page?.slug) return null
  const path = `/${page.slug}`
  const image = typeof page.meta?.image === 'object' ? page.meta.image : null
  const frames = videoOrigins(page)
  return {
    head: pageMetadata({
      locale,
      path,
      title: page.meta?.title || page.title,
      description: page.meta?.description || page.intro,
      languages: previewer ? undefined : await publishedLanguages('pages', page.slug),
      image: image?.url ? { ...image, url: image.url } : null,
    }),
    body: (
      <SiteFrame locale={locale} path={path}>
        {previewer && <PreviewBanner locale={locale} publicPath={localePath(locale, path)} />}
        <article className="site-page">
          <h1>{page.title}</h1>
          {page.intro && <p className="lead">{page.intro}</p>}
          <Blocks blocks={page.layout ?? []} locale={locale} />
        </article>
      </SiteFrame>
    ),
    // Only a page with a video needs the script (it swaps the play link for the player).
    script: frames.length > 0,
    frames,
  }
}
