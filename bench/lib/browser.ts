/**
 * Page weight and the no-JavaScript check in Debian's Chromium (Playwright), and Lighthouse
 * (mobile preset) in the same browser.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import { chromium } from 'playwright-core'

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../tests/helpers/chromium'

import { capture, LOAD_CPU } from './context'

export type Weight = {
  /** The HTML document's bytes as sent (identity). */
  htmlBytes: number
  jsFiles: number
  jsTransfer: number
  jsGzip: number
  cssFiles: number
  cssTransfer: number
  cssGzip: number
}

/** The HTML, and the JS and CSS a first visit loads: bytes on the wire, and each file's gzip size (level 6). */
export async function pageWeight(url: string): Promise<Weight> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS })
  try {
    const page = await browser.newPage()
    const assets: Promise<{ type: string; transfer: number; gzip: number }>[] = []
    page.on('response', (response) => {
      const type = response.request().resourceType()
      if (type !== 'script' && type !== 'stylesheet') return
      assets.push(
        Promise.all([response.request().sizes(), response.body()]).then(([sizes, body]) => ({
          type,
          transfer: sizes.responseBodySize,
          gzip: zlib.gzipSync(body).length,
        })),
      )
    })
    const document = await page.goto(url, { waitUntil: 'networkidle' })
    const htmlBytes = (await document?.body())?.length ?? 0
    const loaded = await Promise.all(assets)
    const sum = (type: string, key: 'transfer' | 'gzip') =>
      loaded.filter((asset) => asset.type === type).reduce((total, asset) => total + asset[key], 0)
    return {
      htmlBytes,
      jsFiles: loaded.filter((asset) => asset.type === 'script').length,
      jsTransfer: sum('script', 'transfer'),
      jsGzip: sum('script', 'gzip'),
      cssFiles: loaded.filter((asset) => asset.type === 'stylesheet').length,
      cssTransfer: sum('stylesheet', 'transfer'),
      cssGzip: sum('stylesheet', 'gzip'),
    }
  } finally {
    await browser.close()
  }
}

export type NoScriptCheck = {
  words: number
  comments: number
  commentForm: boolean
  citation: boolean
  complete: boolean
}

/** The article with JavaScript off: full text, the approved comments, the form and the citation. */
export async function articleWithoutJavaScript(
  url: string,
  expectedWords: number,
  expectedComments: number,
): Promise<NoScriptCheck> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS })
  try {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage()
    await page.goto(url)
    const text = await page.locator('main').innerText()
    const words = text.split(/\s+/).filter(Boolean).length
    const comments = (text.match(/Comment \d+: a thoughtful reply/g) ?? []).length
    const commentForm = (await page.locator('form[action*="/comments"] textarea').count()) > 0
    const citation = /BibTeX/i.test(text)
    return {
      words,
      comments,
      commentForm,
      citation,
      complete: words >= expectedWords && comments === expectedComments && commentForm && citation,
    }
  } finally {
    await browser.close()
  }
}

export type LighthouseScores = {
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  lcpMs: number
  cls: number
  tbtMs: number
}

/** Lighthouse's CLI (mobile preset, the default), its Chromium pinned to the load core. */
function lighthouseOnce(url: string, reportFile: string): LighthouseScores {
  fs.mkdirSync(path.dirname(reportFile), { recursive: true })
  capture(
    'taskset',
    [
      '-c',
      LOAD_CPU,
      'node_modules/.bin/lighthouse',
      url,
      '--quiet',
      '--output=json',
      `--output-path=${reportFile}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=--headless=new ${CHROMIUM_FLAGS.join(' ')}`,
    ],
    { ...process.env, CHROME_PATH: CHROMIUM_PATH },
  )
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as {
    categories: Record<string, { score: number }>
    audits: Record<string, { numericValue: number }>
  }
  const score = (category: string) => Math.round(report.categories[category].score * 100)
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(report.audits['largest-contentful-paint'].numericValue),
    cls: Number(report.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
    tbtMs: Math.round(report.audits['total-blocking-time'].numericValue),
  }
}

/** Lighthouse run `times` times on the page: every run, and the lowest of each figure (highest LCP, CLS, TBT). */
export function lighthouse(
  url: string,
  reportFile: (run: number) => string,
  times = 3,
): { runs: LighthouseScores[]; lowest: LighthouseScores } {
  const runs = Array.from({ length: times }, (_, index) =>
    lighthouseOnce(url, reportFile(index + 1)),
  )
  const lowest = (key: keyof LighthouseScores) => Math.min(...runs.map((run) => run[key]))
  const highest = (key: keyof LighthouseScores) => Math.max(...runs.map((run) => run[key]))
  return {
    runs,
    lowest: {
      performance: lowest('performance'),
      accessibility: lowest('accessibility'),
      bestPractices: lowest('bestPractices'),
      seo: lowest('seo'),
      lcpMs: highest('lcpMs'),
      cls: highest('cls'),
      tbtMs: highest('tbtMs'),
    },
  }
}
