import fs from 'node:fs'
import path from 'node:path'

/**
 * The hashed names of the site's stylesheet and script, and of each typeface's stylesheet by its
 * name (site-assets.mjs writes them at build time).
 */
type SiteAssets = { css: string; js: string; typefaces: Record<string, string> }

let built: SiteAssets | undefined

/**
 * Read once per process in production; on every page in `next dev`, which rebuilds them when it
 * starts. The server runs from the project folder (server.mjs, next start), where public/ is.
 */
export function siteAssets(): SiteAssets {
  if (built) return built
  const file = path.join(process.cwd(), 'public', 'assets', 'manifest.json')
  const assets = JSON.parse(fs.readFileSync(file, 'utf8')) as SiteAssets
  if (process.env.NODE_ENV === 'production') built = assets
  return assets
}
