/**
 * The bare Next.js ceiling: a Next.js app of its own (one static page, no rewrites, no header
 * rules, the default cache: bench/ceiling/bare-next.config.mjs), built and started like the site and pinned to the
 * same core. The in-app ceiling (/bench-ceiling) pays every per-request cost of this application
 * (its rewrites, header rules, cache handler, route shape), so it cannot show what they cost; this
 * one pays none of them. Its page is sized to the article page's HTML.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { PORTS, ROOT, run, SERVER_CPU } from './context'
import { startPinned, waitFor200, type Server } from './processes'

const CONFIG = path.join(ROOT, 'bench', 'ceiling', 'bare-next.config.mjs')
/** The same page and layout as the in-app ceiling (bench/lib/nextCeiling.ts). */
const PAGE = path.join(ROOT, 'bench', 'ceiling', 'next-page')
/**
 * Outside the repository: inside it, Next takes the repository (its lockfile) for the workspace
 * and builds this app with the site's src/instrumentation.ts. Its node_modules are the
 * repository's, hard-linked (Turbopack refuses a symlink that leads out of the app).
 */
const APP_DIR = path.join(os.tmpdir(), 'thinktank-bench-bare-next')
const NEXT_BIN = path.join(APP_DIR, 'node_modules', 'next', 'dist', 'bin', 'next')

/** Text bytes for HTML of about `htmlBytes`: the text is there twice (markup and RSC data), plus Next's own markup. */
const textBytesFor = (htmlBytes: number) => Math.max(1_000, Math.round((htmlBytes - 12_000) / 2))

export const BARE_NEXT_URL = `http://127.0.0.1:${PORTS.bareNext}/`

/** Builds the bare app with a page of about `htmlBytes` of HTML and starts it; resolves once it answers. */
export async function startBareNext(htmlBytes: number, logFile: string): Promise<Server> {
  fs.rmSync(APP_DIR, { recursive: true, force: true })
  fs.mkdirSync(path.join(APP_DIR, 'app'), { recursive: true })
  fs.copyFileSync(CONFIG, path.join(APP_DIR, 'next.config.mjs'))
  for (const file of ['layout.tsx', 'page.tsx'])
    fs.copyFileSync(path.join(PAGE, file), path.join(APP_DIR, 'app', file))
  run('cp', ['-al', path.join(ROOT, 'node_modules'), path.join(APP_DIR, 'node_modules')])
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    CEILING_TEXT_BYTES: String(textBytesFor(htmlBytes)),
  }
  run('node', [NEXT_BIN, 'build', APP_DIR], env)
  const server = startPinned(
    'bare next',
    SERVER_CPU,
    ['node', NEXT_BIN, 'start', APP_DIR, '-p', String(PORTS.bareNext), '-H', '127.0.0.1'],
    env,
    logFile,
  )
  await waitFor200(BARE_NEXT_URL, server)
  return server
}
