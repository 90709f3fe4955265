/**
 * The public site's stylesheet and script: `src/styles/site.css` and `src/client/site.ts`, bundled
 * and minified by esbuild into `public/assets/` under names that carry a hash of their content, so a
 * browser may keep them for a year (next.config.mjs) and a new build is never mixed with an old one.
 * `public/assets/manifest.json` tells the pages their names (src/components/page/assets.ts).
 *
 * Built by next.config.mjs whenever `next build` or `next dev` loads it, so every way of building the
 * site (npm run build, the tests, the bench, the cluster check) gets them with no step of its own.
 * The reading pages are plain HTML rendered on the server (bench/ANALYSIS.md): these two files are all
 * they load besides images, and, when the editors chose one of the typefaces (src/styles/typefaces/),
 * its stylesheet of @font-face rules and the font files it asks for, in public/assets/fonts/.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildSync } from 'esbuild'

const ROOT = path.dirname(fileURLToPath(import.meta.url))
export const ASSETS_FOLDER = path.join(ROOT, 'public', 'assets')
export const MANIFEST_FILE = path.join(ASSETS_FOLDER, 'manifest.json')

const SOURCES = ['src/styles/site.css', 'src/client/site.ts']
/** One stylesheet per typeface an editor may choose (src/lib/branding/typefaces.ts): its @font-face rules. */
const TYPEFACES_FOLDER = 'src/styles/typefaces'

const FONTS = 'fonts'

const contentHash = (contents) => createHash('sha256').update(contents).digest('hex').slice(0, 12)

/**
 * Bundles both files into public/assets/, then removes what an earlier build left there. Safe while
 * a server is serving the folder: an unchanged source makes the same file, and the manifest is
 * replaced in one rename.
 */
export function buildSiteAssets() {
  const { outputFiles } = buildSync({
    absWorkingDir: ROOT,
    entryPoints: [
      ...SOURCES,
      ...fs
        .readdirSync(path.join(ROOT, TYPEFACES_FOLDER))
        .map((name) => `${TYPEFACES_FOLDER}/${name}`),
    ],
    outdir: ASSETS_FOLDER,
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    // What the browsers of the last few years run without translation (the script is small either way).
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    legalComments: 'none',
    logLevel: 'warning',
    loader: { '.woff2': 'file' },
    assetNames: `${FONTS}/[name]-[hash]`,
    publicPath: '/assets',
  })
  fs.mkdirSync(path.join(ASSETS_FOLDER, FONTS), { recursive: true })
  const manifest = { typefaces: {} }
  const kept = new Set([path.basename(MANIFEST_FILE), FONTS])
  const keptFonts = new Set()
  for (const file of outputFiles) {
    const extension = path.extname(file.path).slice(1)
    if (extension === 'woff2') {
      // Named by esbuild with their hash; the stylesheet refers to them by these names.
      if (!fs.existsSync(file.path)) fs.writeFileSync(file.path, file.contents)
      keptFonts.add(path.basename(file.path))
      continue
    }
    const entry = path.basename(file.path, `.${extension}`)
    const typeface = entry !== 'site'
    const name = `${typeface ? `typeface-${entry}` : 'site'}.${contentHash(file.contents)}.${extension}`
    const target = path.join(ASSETS_FOLDER, name)
    if (!fs.existsSync(target)) fs.writeFileSync(target, file.contents)
    if (typeface) manifest.typefaces[entry] = `/assets/${name}`
    else manifest[extension] = `/assets/${name}`
    kept.add(name)
  }
  const next = `${MANIFEST_FILE}.${process.pid}`
  fs.writeFileSync(next, `${JSON.stringify(manifest, null, 2)}\n`)
  fs.renameSync(next, MANIFEST_FILE)
  for (const name of fs.readdirSync(ASSETS_FOLDER)) {
    if (!kept.has(name) && !name.startsWith(`${path.basename(MANIFEST_FILE)}.`))
      fs.rmSync(path.join(ASSETS_FOLDER, name), { force: true })
  }
  for (const name of fs.readdirSync(path.join(ASSETS_FOLDER, FONTS))) {
    if (!keptFonts.has(name)) fs.rmSync(path.join(ASSETS_FOLDER, FONTS, name), { force: true })
  }
  return manifest
}
