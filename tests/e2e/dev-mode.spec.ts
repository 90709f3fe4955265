/**
 * `npm run dev`'s server shows the public pages without a single error: no Content-Security-Policy
 * violation, nothing logged as an error, and the site's own script built and running (the copy
 * buttons it shows). Reading pages have the same strict policy in development as in production;
 * only draft previews, which run React, allow eval under `next dev` (React's development build
 * needs it). The production server's policy refuses eval everywhere.
 *
 * The development server runs beside the suite's production server, in the desktop project only:
 * its own database (seeded as global-setup.ts seeds), its own port, and `next dev`'s own folder
 * (Next 16 builds into .next/dev), so the production build in .next is left alone. Niced: it
 * compiles each page on its first visit, which is slow on a small machine, hence the timeouts.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'
import {
  PHASE_DEVELOPMENT_SERVER,
  PHASE_PRODUCTION_BUILD,
  PHASE_PRODUCTION_SERVER,
} from 'next/constants.js'

import { dropDatabase } from '@/lib/database'

import nextConfig from '../../next.config.mjs'

import { freePort, prepareDatabase, siteEnv, stopServer, waitUntilReady } from './global-setup'
import { ROOT } from './helpers'

const PAGES = ['/', '/articles/us-china-competition-middle-corridor', '/az/authors']
const COMPILE_TIMEOUT_MS = 8 * 60_000

type DevServer = { pid: number; baseURL: string; tempDir: string; databaseUri: string }

/** The Content-Security-Policy next.config.mjs gives public pages (or draft previews) in `phase`; the last rule wins. */
async function policyIn(phase: string, previews = false): Promise<string> {
  const rules = (await nextConfig(phase).headers()) as {
    source: string
    headers: { key: string; value: string }[]
  }[]
  return rules
    .filter((rule) => rule.source.startsWith('/preview') === previews)
    .flatMap((rule) => rule.headers)
    .findLast((header) => header.key === 'Content-Security-Policy')!.value
}

test('the production policy refuses eval: on the running production server and in every production phase', async ({
  request,
}) => {
  expect((await request.get('/')).headers()['content-security-policy']).toContain(
    "script-src 'self';",
  )
  const production = await policyIn(PHASE_PRODUCTION_SERVER)
  expect(production).toContain("script-src 'self';")
  expect(await policyIn(PHASE_PRODUCTION_BUILD)).toBe(production)
  // Reading pages run no React: the same policy in development.
  expect(await policyIn(PHASE_DEVELOPMENT_SERVER)).toBe(production)
  // Previews keep React's inline page data, and in development only its eval.
  const previews = await policyIn(PHASE_PRODUCTION_SERVER, true)
  expect(previews).toBe(
    production.replace("script-src 'self';", "script-src 'self' 'unsafe-inline';"),
  )
  expect(await policyIn(PHASE_DEVELOPMENT_SERVER, true)).toBe(
    previews.replace("'unsafe-inline';", "'unsafe-inline' 'unsafe-eval';"),
  )
})

test.describe('next dev', () => {
  let dev: DevServer | undefined

  test.beforeAll(async () => {
    test.skip(
      test.info().project.name !== 'desktop',
      'one development server is enough: desktop project only',
    )
    test.setTimeout(COMPILE_TIMEOUT_MS + 5 * 60_000)
    const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thinktank-dev-'))
    const baseURL = `http://127.0.0.1:${await freePort()}`
    const { toolEnv } = siteEnv(tempDir, baseURL)
    const logFile = path.join(tempDir, 'dev-server.log')
    dev = { pid: 0, baseURL, tempDir, databaseUri: toolEnv.DATABASE_URI! }
    prepareDatabase(path.join(tempDir, 'credentials.json'), toolEnv)
    const log = fs.openSync(logFile, 'a')
    // detached: its own process group, so that stopServer() ends next dev and its workers together.
    const child = spawn(
      'nice',
      ['-n', '19', 'node_modules/.bin/next', 'dev', '-p', new URL(baseURL).port, '-H', '127.0.0.1'],
      {
        cwd: ROOT,
        env: toolEnv,
        stdio: ['ignore', log, log],
        detached: true,
      },
    )
    fs.closeSync(log)
    const pid = child.pid!
    dev.pid = pid
    // Backstop, should the worker end without running afterAll (the group is detached, it would outlive it).
    process.once('exit', () => {
      try {
        process.kill(-pid, 'SIGKILL')
      } catch {
        // Already stopped.
      }
    })
    let exit: string | null = null
    child.on('exit', (code, signal) => (exit = signal ? `signal ${signal}` : `code ${code}`))
    await waitUntilReady(`${baseURL}/`, () => exit, logFile, COMPILE_TIMEOUT_MS)
  })

  test.afterAll(async () => {
    if (!dev) return
    if (dev.pid) await stopServer(dev.pid)
    await dropDatabase(dev.databaseUri)
    fs.rmSync(dev.tempDir, { recursive: true, force: true })
  })

  test('public pages: no CSP violation, no console error, the site script runs', async ({
    page,
  }) => {
    test.setTimeout(PAGES.length * (COMPILE_TIMEOUT_MS + 60_000))
    const problems: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(
          `CSP violation: ${event.violatedDirective} ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
        ),
      )
    })
    for (const pathname of PAGES) {
      problems.length = 0
      const url = `${dev!.baseURL}${pathname}`
      await page.goto(url, { timeout: COMPILE_TIMEOUT_MS })
      await expect(page.locator('h1').first(), pathname).toBeAttached()
      if (pathname.includes('/articles/'))
        await expect(page.locator('.copy-button').first(), pathname).toBeVisible()
      expect(problems, pathname).toEqual([])
      expect(
        (await page.request.head(url)).headers()['content-security-policy'],
        pathname,
      ).toContain("script-src 'self';")
    }
  })
})
