/**
 * Pages, teams, menus and branding (issue 19): who may build the site, asserted on each API path
 * (Local API with the caller's user, REST over HTTP, GraphQL over HTTP), with the expected outcome
 * read from the role table (src/access/permissions.ts), and the refusals that name their field.
 */
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PERMISSIONS, type Rule } from '@/access/permissions'

import { erroredFields } from '../helpers/api'
import { uploadForm } from '../helpers/files'
import { ROLES, type Role, type World } from '../helpers/fixtures'
import type { TestApp } from '../helpers/testApp'
import { startWorld } from '../helpers/world'

let app: TestApp
let payload: Payload
let world: World
beforeAll(async () => ({ app, payload, world } = await startWorld()))
afterAll(() => app?.close())

let counter = 0
const next = () => `${Date.now().toString(36)}${++counter}`
const userOf = (role: Role) => (role === 'anonymous' ? undefined : world.users[role])
const local = (role: Role) => ({ user: userOf(role), overrideAccess: false as const })
const allowed = (subject: 'pages' | 'teams' | 'site-settings', action: string, role: Role) =>
  (PERMISSIONS[subject].actions as Record<string, Rule>)[action][role] !== undefined

const refusedLocally = async (work: Promise<unknown>) =>
  work.then(
    () => false,
    (error: { status?: number }) => error.status === 403 || error.status === 401,
  )

const pageData = (extra: Record<string, unknown> = {}) => ({
  title: `Page ${next()}`,
  layout: [{ blockType: 'questions' as const, items: [{ question: 'Why?', answer: 'Because.' }] }],
  ...extra,
})

describe('pages', () => {
  for (const role of ROLES) {
    const may = allowed('pages', 'create', role)
    it(`${role} ${may ? 'may' : 'may not'} create a page on the Local API, REST and GraphQL`, async () => {
      const viaLocal = payload.create({ collection: 'pages', data: pageData(), ...local(role) })
      if (may) expect((await viaLocal).id).toBeTruthy()
      else expect(await refusedLocally(viaLocal)).toBe(true)

      const rest = await world.api.post('/api/pages', {
        json: pageData(),
        token: world.tokens[role],
      })
      expect(rest.status).toBe(may ? 201 : role === 'anonymous' ? 403 : 403)

      const graphql = await world.api.graphql(
        'mutation ($title: String!) { createPage(data: { title: $title }) { id } }',
        { title: `Page ${next()}` },
        world.tokens[role],
      )
      if (may) expect(graphql.body.data?.createPage?.id).toBeTruthy()
      else expect(graphql.body.errors?.[0]?.message).toMatch(/not allowed/i)
    })
  }

  it('shows drafts to staff only, and published pages to everyone, on every path', async () => {
    const draft = await payload.create({
      collection: 'pages',
      data: pageData({ _status: 'draft' }),
    })
    const live = await payload.create({
      collection: 'pages',
      data: pageData({ _status: 'published' }),
    })
    for (const role of ROLES) {
      const staff = role !== 'anonymous'
      const found = await payload.find({
        collection: 'pages',
        where: { id: { in: [draft.id, live.id] } },
        draft: true,
        ...local(role),
      })
      expect(found.docs.map((page) => String(page.id)).sort(), role).toEqual(
        (staff ? [draft.id, live.id] : [live.id]).map(String).sort(),
      )
      const rest = await world.api.get(`/api/pages/${draft.id}?draft=true`, {
        token: world.tokens[role],
      })
      expect(rest.status, role).toBe(staff ? 200 : 404)
      const graphql = await world.api.graphql(
        'query ($slug: String) { Pages(where: { slug: { equals: $slug } }, draft: true) { docs { id } } }',
        { slug: draft.slug },
        world.tokens[role],
      )
      expect(graphql.body.data?.Pages?.docs?.length ?? 0, role).toBe(staff ? 1 : 0)
    }
  })

  it('refuses a slug that is a section of the site, naming the field', async () => {
    const response = await world.api.post('/api/pages', {
      json: pageData({ slug: 'search' }),
      token: world.tokens.editor,
    })
    expect(response.status).toBe(400)
    expect(erroredFields(response.body)).toContain('slug')
    // A title that slugifies to a section gets a free slug instead.
    const generated = await payload.create({
      collection: 'pages',
      data: pageData({ title: 'Articles' }),
    })
    expect(generated.slug).toBe('articles-2')
  })

  it('refuses a video block that is not a YouTube or Vimeo video, naming the field', async () => {
    const response = await world.api.post('/api/pages', {
      json: pageData({
        layout: [{ blockType: 'video', url: 'https://example.com/clip.mp4', title: 'Clip' }],
      }),
      token: world.tokens.editor,
    })
    expect(response.status).toBe(400)
    expect(erroredFields(response.body)).toContain('layout.0.url')
  })
})

describe('teams', () => {
  for (const role of ROLES) {
    const may = allowed('teams', 'create', role)
    it(`${role} ${may ? 'may' : 'may not'} create a team on the Local API, REST and GraphQL`, async () => {
      const viaLocal = payload.create({
        collection: 'teams',
        data: { name: `Team ${next()}`, order: 10 },
        ...local(role),
      })
      if (may) expect((await viaLocal).id).toBeTruthy()
      else expect(await refusedLocally(viaLocal)).toBe(true)
      const rest = await world.api.post('/api/teams', {
        json: { name: `Team ${next()}` },
        token: world.tokens[role],
      })
      expect(rest.status).toBe(may ? 201 : 403)
      const graphql = await world.api.graphql(
        'mutation ($name: String!) { createTeam(data: { name: $name, order: 10 }) { id } }',
        { name: `Team ${next()}` },
        world.tokens[role],
      )
      if (may) expect(graphql.body.data?.createTeam?.id).toBeTruthy()
      else expect(graphql.body.errors?.[0]?.message).toMatch(/not allowed/i)
    })
  }
})

describe('menus and branding (site settings)', () => {
  for (const role of ROLES) {
    const may = allowed('site-settings', 'update', role)
    it(`${role} ${may ? 'may' : 'may not'} change the menu and brand colour on every path`, async () => {
      const menu = [{ type: 'section', section: '/articles', label: `Menu ${next()}` }]
      const viaLocal = payload.updateGlobal({
        slug: 'site-settings',
        data: { headerMenu: menu as never },
        ...local(role),
      })
      if (may) expect((await viaLocal).headerMenu?.[0]?.label).toBe(menu[0].label)
      else expect(await refusedLocally(viaLocal)).toBe(true)

      const rest = await world.api.post('/api/globals/site-settings', {
        json: { branding: { brandColour: '#1d4e89' } },
        token: world.tokens[role],
      })
      expect(rest.status).toBe(may ? 200 : 403)

      const graphql = await world.api.graphql(
        'mutation ($name: String!) { updateSiteSetting(data: { siteName: $name, branding: { brandColour: "#7a1d1d" } }) { branding { brandColour } } }',
        { name: 'Think Tank' },
        world.tokens[role],
      )
      if (may) expect(graphql.body.data?.updateSiteSetting?.branding?.brandColour).toBe('#7a1d1d')
      else expect(graphql.body.errors?.[0]?.message).toMatch(/not allowed/i)
    })
  }

  it('refuses a brand colour below WCAG AA contrast, naming the field, and keeps the old one', async () => {
    const before = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    const response = await world.api.post('/api/globals/site-settings', {
      json: { branding: { brandColour: '#ffdd00' } },
      token: world.tokens.editor,
    })
    expect(response.status).toBe(400)
    expect(erroredFields(response.body)).toContain('branding.brandColour')
    expect(JSON.stringify(response.body)).toMatch(/contrast/i)
    const after = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    expect(after.branding?.brandColour).toBe(before.branding?.brandColour)
  })

  it('refuses a typeface not on the list (nothing but the fixed families reaches the stylesheet)', async () => {
    const response = await world.api.post('/api/globals/site-settings', {
      json: { branding: { brandColour: '#0b5d7a', typeface: "x'}body{display:none" } },
      token: world.tokens.editor,
    })
    expect(response.status).toBe(400)
    expect(erroredFields(response.body)).toContain('branding.typeface')
  })

  it('refuses a menu link without its target, and a javascript: address, naming the field', async () => {
    const missing = await world.api.post('/api/globals/site-settings', {
      json: { headerMenu: [{ type: 'page', label: 'Lost' }] },
      token: world.tokens.editor,
    })
    expect(missing.status).toBe(400)
    expect(erroredFields(missing.body)).toContain('headerMenu.0.page')
    const script = await world.api.post('/api/globals/site-settings', {
      json: {
        footerColumns: [{ heading: 'More', links: [{ type: 'url', url: 'javascript:alert(1)' }] }],
      },
      token: world.tokens.editor,
    })
    expect(script.status).toBe(400)
    expect(erroredFields(script.body)).toContain('footerColumns.0.links.0.url')
  })
})

describe('site icon', () => {
  const square = (size: number, height = size) =>
    sharp({ create: { width: size, height, channels: 4, background: '#0b5d7a' } })
      .png()
      .toBuffer()

  for (const role of ROLES) {
    const may =
      (PERMISSIONS['site-icons'].actions as Record<string, Rule>).create[role] !== undefined
    it(`${role} ${may ? 'may' : 'may not'} upload a site icon over REST`, async () => {
      const response = await world.api.post('/api/site-icons', {
        form: uploadForm({}, await square(512), `icon-${next()}.png`, 'image/png'),
        token: world.tokens[role],
      })
      expect(response.status).toBe(may ? 201 : 403)
      if (!may) return
      // Payload cuts every size from the one upload, as PNG.
      const { sizes } = response.body.doc
      expect(sizes.favicon).toMatchObject({ width: 32, height: 32, mimeType: 'image/png' })
      expect(sizes.appleTouch).toMatchObject({ width: 180, height: 180 })
      expect(sizes.app512).toMatchObject({ width: 512, height: 512 })
    })
  }

  it('refuses a small or oblong icon, naming the file, and stores nothing', async () => {
    const before = await payload.count({ collection: 'site-icons' })
    for (const bytes of [await square(256), await square(600, 512)]) {
      const response = await world.api.post('/api/site-icons', {
        form: uploadForm({}, bytes, `icon-${next()}.png`, 'image/png'),
        token: world.tokens.editor,
      })
      expect(response.status).toBe(400)
      expect(erroredFields(response.body)).toContain('file')
      expect(JSON.stringify(response.body)).toMatch(/at least 512 × 512/)
    }
    expect((await payload.count({ collection: 'site-icons' })).totalDocs).toBe(before.totalDocs)
  })
})
