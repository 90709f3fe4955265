/**
 * Puts the trivial static page into the app for the duration of the bench's own `next build`, and
 * removes that build afterwards: its .next/types name the page, which is gone by then (tsc would
 * fail), and its prerendered pages come from the bench's database (E2E_SKIP_BUILD must not reuse it).
 */
import fs from 'node:fs'
import path from 'node:path'

import { ROOT } from './context'

const SOURCE = path.join(ROOT, 'bench', 'ceiling', 'next-page')
/** Gitignored, and removed again right after the build. */
const TARGET_GROUP = path.join(ROOT, 'src', 'app', '(bench)')
export const CEILING_PATH = '/bench-ceiling'

export function withCeilingPage(build: () => void): void {
  const target = path.join(TARGET_GROUP, CEILING_PATH.slice(1))
  fs.mkdirSync(target, { recursive: true })
  fs.copyFileSync(path.join(SOURCE, 'layout.tsx'), path.join(TARGET_GROUP, 'layout.tsx'))
  fs.copyFileSync(path.join(SOURCE, 'page.tsx'), path.join(target, 'page.tsx'))
  try {
    build()
  } finally {
    fs.rmSync(TARGET_GROUP, { recursive: true, force: true })
  }
}

export function removeBenchBuild(): void {
  fs.rmSync(path.join(ROOT, '.next'), { recursive: true, force: true })
}
