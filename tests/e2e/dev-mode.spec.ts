/**
 * `npm run dev`'s server shows the public pages without a single error: no Content-Security-Policy
 * violation, nothing logged as an error, no issue badge in Next's development overlay (React's
 * development build needs eval, which the policy allows under `next dev` only). The production
 * server's policy still refuses eval.
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

/** The Content-Security-Policy next.config.mjs gives public pages in `phase`. */
async function policyIn(phase: string): Promise<string> {
  const rules = (await nextConfig(phase).headers()) as {
    headers: { key: string; value: string }[]
  }[]
  return rules
    .flatMap((rule) => rule.headers)
    .find((header) => header.key === 'Content-Security-Policy')!.value
}

test('the production policy refuses eval: on the running production server and in every production phase', async ({
  request,
}) => {
  expect((await request.get('/')).headers()['content-security-policy']).not.toContain('unsafe-eval')
  const production = await policyIn(PHASE_PRODUCTION_SERVER)
  expect(production).toContain("script-src 'self' 'unsafe-inline';")
  expect(await policyIn(PHASE_PRODUCTION_BUILD)).toBe(production)
  // Development differs from it in that one word only.
  expect(await policyIn(PHASE_DEVELOPMENT_SERVER)).toBe(
    production.replace("'unsafe-inline';", "'unsafe-inline' 'unsafe-eval';"),
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

  test('public pages: no CSP violation, no console error, no issue badge', async ({ page }) => {
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
      // The badge is there once Next's development client runs, so "no issue" below means something.
      await expect(page.locator('[data-next-badge]'), pathname).toBeAttached({ timeout: 60_000 })
      // React reports in the console (and the overlay counts) as it hydrates.
      await page.waitForTimeout(5_000)
      expect(problems, pathname).toEqual([])
      await expect(page.locator('[data-next-badge]'), pathname).toHaveAttribute(
        'data-error',
        'false',
      )
      await expect(page.locator('[data-issues-open]'), pathname).toHaveCount(0)
      expect(
        (await page.request.head(url)).headers()['content-security-policy'],
        pathname,
      ).toContain("'unsafe-eval'")
    }
  })
})
