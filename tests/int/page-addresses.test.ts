/**
 * An editor's page lives at /<slug>, beside the site's own routes: no slug may take an address a
 * route file answers, and the English rewrite of /<slug> must leave those routes alone.
 */
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { OWN_ROUTES, rewrites } from '@/app/(site)/rewrites.mjs'
import { RESERVED_PAGE_SLUGS } from '@/collections/Pages/reservedSlugs'

const APP = path.resolve(__dirname, '../../src/app')

/** The first part of every address a route file answers, outside the [locale] pages and inside. */
const firstParts = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('['))
    .flatMap((entry) =>
      entry.name.startsWith('(') ? firstParts(path.join(dir, entry.name)) : [entry.name],
    )

describe('page addresses', () => {
  const routes = [...firstParts(APP), ...firstParts(path.join(APP, '(site)', '[locale]'))]

  it('reserves every address a route answers', () => {
    expect(routes.length).toBeGreaterThan(5)
    for (const route of [...routes, ...OWN_ROUTES])
      expect(RESERVED_PAGE_SLUGS, route).toContain(route.replace(/\.\w+$/, ''))
  })

  it('rewrites /<slug> to English but never one of the own routes', async () => {
    const { beforeFiles } = await rewrites()
    const pageRule = beforeFiles.find((rule) => rule.destination === '/en/:slug')!
    const pattern = pageRule.source.match(/^\/:slug\((.*)\)$/)![1]
    const matches = (address: string) => new RegExp(`^(?:${pattern})$`).test(address)
    expect(matches('about')).toBe(true)
    expect(matches('team-2026')).toBe(true)
    for (const route of routes.filter((name) => !name.includes('.'))) {
      const rewrittenEarlier = beforeFiles
        .slice(0, beforeFiles.indexOf(pageRule))
        .some((rule) => rule.source.startsWith(`/${route}/`))
      expect(matches(route) && !rewrittenEarlier, route).toBe(false)
    }
    expect(matches('robots.txt')).toBe(false)
    expect(matches('Team')).toBe(false)
  })
})
