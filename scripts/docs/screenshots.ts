/**
 * The screenshots of the public site in docs/screenshots/: the home page, an article, the Team page
 * and the authors, at a phone's width (390 px) and a laptop's (1280 px), first screen and whole page,
 * taken in Debian's Chromium from a running site with the demo content:
 *
 *   node --conditions=development scripts/run-ts.mjs scripts/docs/screenshots.ts http://127.0.0.1:3000
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { chromium } from 'playwright-core'

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../tests/helpers/chromium'

const OUT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'docs',
  'screenshots',
)
const PAGES = {
  home: '/',
  article: '/articles/south-caucasus-security-architecture-after-2023',
  team: '/team',
  authors: '/authors',
}
const WIDTHS = { phone: { width: 390, height: 844 }, laptop: { width: 1280, height: 800 } }

async function main(): Promise<void> {
  const site = process.argv[2]
  if (!site) throw new Error('Usage: scripts/docs/screenshots.ts <site address>')
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS })
  try {
    for (const [device, viewport] of Object.entries(WIDTHS)) {
      const page = await browser.newPage({ viewport, deviceScaleFactor: 1 })
      for (const [name, pathname] of Object.entries(PAGES)) {
        await page.goto(new URL(pathname, site).toString(), { waitUntil: 'networkidle' })
        const file = (part: string) => path.join(OUT, `site-${name}-${viewport.width}-${part}.png`)
        await page.screenshot({ path: file('first-screen') })
        await page.screenshot({ path: file('whole-page'), fullPage: true })
        console.info(`${device}: ${file('first-screen')}, ${file('whole-page')}`)
      }
      await page.close()
    }
  } finally {
    await browser.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
