import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedDemoContent, type SeedResult } from '@/seed'

import { apiClient } from '../helpers/api'
import { startTestApp, type TestApp } from '../helpers/testApp'

let app: TestApp
let payload: Payload
let first: SeedResult
let credentialsFile: string

/** All text of a Lexical document. */
function plainText(node: unknown): string {
  if (!node || typeof node !== 'object') return ''
  const { text, children, root } = node as { text?: string; children?: unknown[]; root?: unknown }
  if (typeof text === 'string') return text
  if (root) return plainText(root)
  return (children ?? []).map(plainText).join(' ')
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length

/** Every document's id and updatedAt, to prove a second run changes nothing. */
async function snapshot() {
  const collections = ['articles', 'authors', 'topics', 'teams', 'pages', 'media', 'users'] as const
  const state: Record<string, unknown> = {}
  for (const collection of collections) {
    const { docs } = await payload.find({ collection, limit: 0, depth: 0, draft: true })
    state[collection] = docs.map((doc) => [doc.id, doc.updatedAt])
  }
  state.settings = (await payload.findGlobal({ slug: 'site-settings' })).updatedAt
  state.versions = (await payload.countVersions({ collection: 'articles' })).totalDocs
  return state
}

beforeAll(async () => {
  app = await startTestApp()
  payload = app.payload
  credentialsFile = path.join(app.tempDir, 'data', 'demo-credentials.txt')
  first = await seedDemoContent(payload, { credentialsFile })
})
afterAll(() => app?.close())

describe('demo content', () => {
  it('is idempotent: a second run creates and changes nothing', async () => {
    const before = await snapshot()
    const second = await seedDemoContent(payload, { credentialsFile })
    expect(second.created).toEqual({
      topics: 0,
      authors: 0,
      articles: 0,
      users: 0,
      siteSettings: false,
      teams: 0,
      pages: 0,
      branding: false,
    })
    expect(second.credentials).toEqual([])
    expect(await snapshot()).toEqual(before)
  })

  it('has the three interns with the facts of DESIGN.md', async () => {
    const { docs } = await payload.find({ collection: 'authors', limit: 0, depth: 1, sort: 'name' })
    expect(docs.map((author) => author.name)).toEqual([
      'Arzu Bunyad',
      'Elnur Mammadov',
      'Ziya Kazimzada',
    ])
    const byName = Object.fromEntries(docs.map((author) => [author.name, author]))
    expect(byName['Arzu Bunyad'].affiliation).toMatch(
      /Hacettepe University.*University of Sarajevo/,
    )
    expect(byName['Ziya Kazimzada'].affiliation).toBe('Baku State University')
    expect(byName['Elnur Mammadov'].affiliation).toBe('ADA University')
    for (const author of docs) {
      expect(author.headline).toBeTruthy()
      expect(wordCount(plainText(author.bio))).toBeGreaterThan(40)
      expect(author.expertise?.length).toBeGreaterThan(0)
    }
  })

  it('has four or more topics, translated', async () => {
    const { docs } = await payload.find({
      collection: 'topics',
      limit: 0,
      locale: 'ru',
      fallbackLocale: false,
    })
    expect(docs.length).toBeGreaterThanOrEqual(4)
    for (const topic of docs) expect(topic.name).toMatch(/[А-Яа-я]/)
  })

  it('has at least three published articles of realistic length and different kinds', async () => {
    const { docs } = await payload.find({
      collection: 'articles',
      limit: 0,
      depth: 0,
      where: { _status: { equals: 'published' } },
    })
    expect(docs.length).toBeGreaterThanOrEqual(3)
    for (const article of docs)
      expect(wordCount(plainText(article.body)), article.title).toBeGreaterThanOrEqual(600)
    expect(new Set(docs.map((article) => article.kind)).size).toBeGreaterThanOrEqual(3)
    const joint = docs.filter((article) => article.authors.length === 3)
    expect(joint).toHaveLength(1)
    expect(joint[0].note).toMatch(/interns' team/i)
  })

  it('has site settings with follow links and submission guidelines', async () => {
    const settings = await payload.findGlobal({ slug: 'site-settings' })
    expect(settings.siteName).toBe('Caspian Policy Lab')
    expect(settings.followLinks?.map((link) => link.platform)).toEqual(['youtube', 'x', 'facebook'])
    expect(plainText(settings.submissionGuidelines)).toMatch(/Chicago author-date/)
    const az = await payload.findGlobal({
      slug: 'site-settings',
      locale: 'az',
      fallbackLocale: false,
    })
    expect(plainText(az.submissionGuidelines)).not.toBe(plainText(settings.submissionGuidelines))
  })

  it('has teams, the interns in theirs, and About, Team, Internships, Contact and Privacy pages', async () => {
    const teams = await payload.find({ collection: 'teams', limit: 0, depth: 0, sort: 'order' })
    expect(teams.docs.map((team) => team.slug)).toEqual([
      'staff',
      'fellows',
      'interns',
      'alumni',
      'guest-authors',
    ])
    const interns = teams.docs.find((team) => team.slug === 'interns')!
    const authors = await payload.find({ collection: 'authors', limit: 0, depth: 0 })
    for (const author of authors.docs) expect(author.team).toBe(interns.id)

    const pages = await payload.find({
      collection: 'pages',
      limit: 0,
      depth: 0,
      where: { _status: { equals: 'published' } },
    })
    expect(pages.docs.map((page) => page.slug).sort()).toEqual([
      'about',
      'contact',
      'internships',
      'privacy',
      'team',
    ])
    const team = pages.docs.find((page) => page.slug === 'team')!
    expect(team.layout?.find((block) => block.blockType === 'people')).toMatchObject({
      team: interns.id,
    })
    const internships = pages.docs.find((page) => page.slug === 'internships')!
    expect(internships.layout?.find((block) => block.blockType === 'callToAction')).toMatchObject({
      link: { type: 'section', section: '/submit' },
    })
  })

  it('has a logo, brand colours and a menu labelled in all three languages', async () => {
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    expect(settings.branding?.logo).toBeTruthy()
    expect(settings.branding?.logoOnDark).toBeTruthy()
    expect(settings.branding?.brandColour).toMatch(/^#[0-9a-f]{6}$/)
    const labels = async (locale: 'en' | 'az' | 'ru') =>
      (
        await payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: false, depth: 0 })
      ).headerMenu?.map((item) => item.label)
    expect(await labels('en')).toContain('Internships')
    expect(await labels('az')).toContain('Təcrübə proqramı')
    expect(await labels('ru')).toContain('Стажировки')
    expect(settings.footerColumns?.length).toBe(2)
  })

  it('creates one admin, one editor and one intern with random passwords in a 0600 file', async () => {
    expect(first.credentials.map((login) => login.role)).toEqual(['admin', 'editor', 'intern'])
    expect(new Set(first.credentials.map((login) => login.password)).size).toBe(3)
    for (const login of first.credentials) expect(login.password.length).toBeGreaterThanOrEqual(16)
    expect(fs.statSync(credentialsFile).mode & 0o777).toBe(0o600)
    const text = fs.readFileSync(credentialsFile, 'utf8')
    for (const login of first.credentials) expect(text).toContain(login.password)

    const api = apiClient(app.baseURL)
    for (const login of first.credentials) await api.login(login.email, login.password)
    const intern = await payload.find({
      collection: 'users',
      where: { role: { equals: 'intern' } },
      depth: 1,
    })
    expect(intern.docs[0].author).toMatchObject({ name: 'Arzu Bunyad' })
  })

  it('is public as published articles and three authors over REST', async () => {
    const api = apiClient(app.baseURL)
    const articles = await api.get('/api/articles?depth=0&limit=100')
    expect(articles.body.docs.length).toBeGreaterThanOrEqual(3)
    expect(
      articles.body.docs.every((article: { _status: string }) => article._status === 'published'),
    ).toBe(true)
    const authors = await api.get('/api/authors?depth=0')
    expect(authors.body.totalDocs).toBe(3)
  })
})
