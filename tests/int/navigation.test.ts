/**
 * The editors' menus and brand colours on the public site (issue 19): every kind of link turned
 * into an address and a label in each language, read through getSettings as a reader would (so an
 * unpublished or deleted target drops out), the header and footer SiteFrame draws from them, and
 * the brand colours' stylesheet, whose every colour must be readable where it is used.
 */
import type { Payload } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { prerender } from 'react-dom/static'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { brandColours, brandCss, BrandStyle } from '@/components/page/BrandStyle'
import { SiteFrame } from '@/components/SiteFrame'
import type { Locale } from '@/i18n/config'
import {
  AA_TEXT,
  contrastRatio,
  DARK_BACKGROUND,
  LIGHT_BACKGROUND,
  luminance,
  parseHex,
  toHex,
  type Rgb,
} from '@/lib/branding/colour'
import { linkOf, type NavLink } from '@/lib/navigation'
import { getSettings } from '@/lib/queries'
import type { Author, Page, Topic } from '@/payload-types'
import { drawLogo } from '@/seed/logo'

import { createAuthor } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/testApp'

let app: TestApp
let payload: Payload
let team: Page
let draft: Page
let doomed: Page
let topic: Topic
let author: Author

/** A page titled in English and Azerbaijani. */
async function createPage(slug: string, en: string, az: string, status: 'draft' | 'published') {
  const draft = status === 'draft'
  const data = { title: en, slug, _status: status }
  const page = await payload.create({ collection: 'pages', locale: 'en', draft, data })
  const translation = { title: az, _status: status }
  await payload.update({ collection: 'pages', id: page.id, locale: 'az', draft, data: translation })
  return page
}

/** A topic named in English and Azerbaijani. */
async function createTopic(en: string, az: string) {
  const topic = await payload.create({ collection: 'topics', locale: 'en', data: { name: en } })
  await payload.update({ collection: 'topics', id: topic.id, locale: 'az', data: { name: az } })
  return topic
}

/** What a reader's page would show for these header links, in this language. */
async function resolved(links: Omit<NavLink, 'id'>[], locale: Locale) {
  await payload.updateGlobal({ slug: 'site-settings', data: { headerMenu: links } })
  const settings = await getSettings(locale)
  return (settings.headerMenu ?? []).map((link) => linkOf(link, locale))
}

async function renderFrame(locale: Locale, path: string): Promise<string> {
  // SiteFrame is an async server component: awaited here, as the page's render would.
  const frame = await SiteFrame({ locale, path, children: createElement('p', null, 'Body') })
  const { prelude } = await prerender(frame)
  return new Response(prelude).text()
}

async function uploadLogo(onDark: boolean) {
  const data = await drawLogo('Caspian Institute', { onDark })
  return payload.create({
    collection: 'media',
    data: { alt: 'Logo' },
    file: { data, mimetype: 'image/png', name: `logo-${onDark}.png`, size: data.length },
  })
}

beforeAll(async () => {
  app = await startTestApp()
  payload = app.payload
  team = await createPage('our-team', 'Our team', 'Komandamız', 'published')
  draft = await createPage('not-yet', 'Not yet', 'Hələ yox', 'draft')
  doomed = await createPage('doomed', 'Doomed', 'Məhv', 'published')
  topic = await createTopic('Security', 'Təhlükəsizlik')
  author = await createAuthor(payload, 'Arzu Bunyad')
})
afterAll(() => app?.close())

describe('linkOf, on the settings as a reader reads them', () => {
  it('links to a page, a topic and an author by slug, titled in the reader’s language', async () => {
    const links = [
      { type: 'page' as const, page: team.id },
      { type: 'topic' as const, topic: topic.id },
      { type: 'author' as const, author: author.id },
    ]
    expect(await resolved(links, 'en')).toEqual([
      { href: '/our-team', label: 'Our team' },
      { href: `/topics/${topic.slug}`, label: 'Security' },
      { href: `/authors/${author.slug}`, label: 'Arzu Bunyad' },
    ])
    expect(await resolved(links, 'az')).toEqual([
      { href: '/az/our-team', label: 'Komandamız' },
      { href: `/az/topics/${topic.slug}`, label: 'Təhlükəsizlik' },
      { href: `/az/authors/${author.slug}`, label: 'Arzu Bunyad' },
    ])
  })

  it('prefers the editors’ label in each language to the target’s title', async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'en',
      data: { headerMenu: [{ type: 'page', page: team.id, label: 'Team' }] },
    })
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    const rows = settings.headerMenu!.map((row) => ({ ...row, label: 'Komanda' }))
    await payload.updateGlobal({ slug: 'site-settings', locale: 'az', data: { headerMenu: rows } })
    expect(linkOf((await getSettings('en')).headerMenu![0], 'en')).toEqual({
      href: '/our-team',
      label: 'Team',
    })
    expect(linkOf((await getSettings('az')).headerMenu![0], 'az')).toEqual({
      href: '/az/our-team',
      label: 'Komanda',
    })
  })

  it('links to a kind of article and to the fixed sections, named by the site’s own strings', async () => {
    const links = [
      { type: 'kind' as const, kind: 'report' as const },
      { type: 'section' as const, section: '/authors' as const },
      { type: 'section' as const, section: '/feed.xml' as const },
      { type: 'section' as const, section: '/' as const },
    ]
    expect(await resolved(links, 'en')).toEqual([
      { href: '/articles?kind=report', label: 'Report' },
      { href: '/authors', label: 'Authors' },
      { href: '/feed.xml', label: 'RSS feed' },
      { href: '/', label: 'Home' },
    ])
    const az = await resolved(links, 'az')
    expect(az.map((link) => link?.href)).toEqual([
      '/az/articles?kind=report',
      '/az/authors',
      '/az/feed.xml',
      '/az',
    ])
    expect(az.map((link) => link?.label)).not.toContain('Report')
    expect(az.map((link) => link?.label)).not.toContain('Authors')
  })

  it('keeps an outside address as it is and a path on this site in the reader’s language', async () => {
    const links = [
      { type: 'url' as const, url: 'https://example.org/report?id=1', label: 'Partner' },
      { type: 'url' as const, url: 'mailto:press@example.org' },
      { type: 'url' as const, url: '/topics/security' },
    ]
    expect(await resolved(links, 'az')).toEqual([
      { href: 'https://example.org/report?id=1', label: 'Partner' },
      { href: 'mailto:press@example.org', label: 'mailto:press@example.org' },
      { href: '/az/topics/security', label: '/topics/security' },
    ])
  })

  it('drops a link whose page is unpublished or deleted', async () => {
    const links = [
      { type: 'page' as const, page: draft.id, label: 'Draft' },
      { type: 'page' as const, page: doomed.id, label: 'Doomed' },
      { type: 'page' as const, page: team.id },
    ]
    await payload.updateGlobal({ slug: 'site-settings', data: { headerMenu: links } })
    await payload.delete({ collection: 'pages', id: doomed.id })
    for (const locale of ['en', 'az'] as const) {
      const settings = await getSettings(locale)
      const shown = (settings.headerMenu ?? []).map((link) => linkOf(link, locale))
      expect(shown.filter(Boolean).map((link) => link!.href)).toEqual([
        locale === 'en' ? '/our-team' : '/az/our-team',
      ])
    }
  })
})

describe('the site frame', () => {
  it('draws the editors’ header menu, marking this page, and their footer columns', async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: {
        headerMenu: [
          { type: 'section', section: '/articles' },
          { type: 'page', page: team.id },
          { type: 'page', page: draft.id, label: 'Draft' },
        ],
        footerColumns: [
          { heading: 'Institute', links: [{ type: 'page', page: team.id, label: 'Who we are' }] },
          { heading: 'Nothing left', links: [{ type: 'page', page: draft.id, label: 'Draft' }] },
        ],
      },
    })
    const html = await renderFrame('en', '/our-team')
    const menu = html.match(/<nav aria-label="Main".*?<\/nav>/s)![0]
    expect(menu).toContain('<a href="/articles">Articles</a>')
    expect(menu).toContain('<a href="/our-team" aria-current="page">Our team</a>')
    expect(menu).not.toContain('Draft')
    expect(menu).not.toContain('Write for us')

    const footer = html.match(/<footer.*<\/footer>/s)![0]
    expect(footer).toMatch(/<nav aria-labelledby="footer-column-0">.*>Institute</s)
    expect(footer).toContain('<a href="/our-team" aria-current="page">Who we are</a>')
    // A column none of whose links leads anywhere is left out, heading and all.
    expect(footer).not.toContain('Nothing left')
  })

  it('marks the section of an article as current, and keeps the fixed menu while the editors have none', async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { headerMenu: [], footerColumns: [] },
    })
    const html = await renderFrame('ru', '/articles/some-analysis')
    const menu = html.match(/<nav aria-label="[^"]*" class="site-nav">.*?<\/nav>/s)![0]
    expect(menu.match(/href="[^"]*"/g)).toEqual([
      'href="/ru/articles"',
      'href="/ru/authors"',
      'href="/ru/about"',
      'href="/ru/submit"',
      'href="/ru/search"',
    ])
    expect(menu).toContain('href="/ru/articles" aria-current="true"')
    expect(html).not.toContain('footer-column-')
  })

  it('shows the logo, with its dark-scheme version, in place of the name', async () => {
    expect(await renderFrame('en', '/')).toContain('class="site-name" href="/">Think Tank</a>')
    const [logo, logoOnDark] = [await uploadLogo(false), await uploadLogo(true)]
    const { branding } = await payload.findGlobal({ slug: 'site-settings' })
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { branding: { ...branding, logo: logo.id, logoOnDark: logoOnDark.id } },
    })
    const html = await renderFrame('en', '/')
    const name = html.match(/<a class="site-name" href="\/">(.*?)<\/a>/s)![1]
    expect(name).toMatch(/^<picture><source media="\(prefers-color-scheme: dark\)"/)
    expect(name).toContain(`srcSet="${logoOnDark.url!.replace(/^https?:\/\/[^/]+/, '')} 480w"`)
    expect(name).toContain(`alt="Think Tank"`)
    expect(name).toContain(`width="${logo.width}" height="${logo.height}"`)
  })
})

describe('brand colours', () => {
  /** What the settings accept (src/fields/colour.ts): readable on the light page. */
  const savable = (colour: Rgb) => contrastRatio(colour, LIGHT_BACKGROUND) >= AA_TEXT

  /** Colours an editor could save, across the spectrum, and the lightest grey the rule accepts. */
  function savableColours(): string[] {
    const colours: Rgb[] = [parseHex('#0b5d7a')!, parseHex('#8a4b08')!, parseHex('#c2410c')!]
    for (let r = 0; r < 256; r += 51)
      for (let g = 0; g < 256; g += 51) for (let b = 0; b < 256; b += 51) colours.push([r, g, b])
    let grey = 0
    while (savable([grey + 1, grey + 1, grey + 1])) grey++
    colours.push([grey, grey, grey])
    return colours.filter(savable).map(toHex)
  }

  const colour = (value: string | undefined): Rgb => parseHex(value!)!

  it('keeps every colour it writes readable on its background, and the button text on its button', () => {
    const colours = savableColours()
    expect(colours.length).toBeGreaterThan(50)
    for (const brandColour of colours) {
      const { light, dark } = brandColours({ brandColour, secondColour: brandColour })
      for (const [scheme, background] of [
        [light, LIGHT_BACKGROUND],
        [dark, DARK_BACKGROUND],
      ] as const) {
        for (const name of ['accent', 'accent-strong', 'brand-second'] as const)
          expect(
            contrastRatio(colour(scheme[name]), background),
            `${brandColour} ${name}`,
          ).toBeGreaterThanOrEqual(AA_TEXT)
        for (const button of ['accent', 'accent-strong'] as const)
          expect(
            contrastRatio(colour(scheme['on-accent']), colour(scheme[button])),
            `${brandColour} on-accent on ${button}`,
          ).toBeGreaterThanOrEqual(AA_TEXT)
      }
    }
  })

  it('writes the settings’ colours for the light scheme and lighter ones for the dark', () => {
    const { light, dark } = brandColours({ brandColour: '#0b5d7a' })
    const lightness = (value: string | undefined) => luminance(colour(value))
    expect(lightness(light['accent-strong'])).toBeLessThan(lightness(light.accent))
    expect(lightness(dark.accent)).toBeGreaterThan(lightness(light.accent))
    expect(lightness(dark['accent-strong'])).toBeGreaterThan(lightness(dark.accent))

    const css = brandCss({ brandColour: '#0B5D7A', secondColour: '#8a4b08' })
    expect(css).toMatch(
      /^:root\{--accent:#0b5d7a;--accent-strong:#[0-9a-f]{6};--on-accent:#ffffff;--brand-second:#8a4b08\}@media \(prefers-color-scheme: dark\)\{:root\{--accent:#[0-9a-f]{6};--accent-strong:#[0-9a-f]{6};--on-accent:#141416;--brand-second:#[0-9a-f]{6}\}\}$/,
    )
    expect(brandCss({ brandColour: '#0b5d7a' })).not.toContain('--brand-second')
  })

  it('lets nothing but a readable #rrggbb reach the stylesheet', () => {
    const hostile = '#0b5d7a;}body{display:none'
    expect(brandCss({ brandColour: hostile, secondColour: '</style><script>' })).toBe('')
    // Too light to read (saved before the rule, or straight into the database): site.css's colours stay.
    expect(brandCss({ brandColour: '#ffff00' })).toBe('')
    expect(brandCss({ brandColour: '#0b5d7a', secondColour: hostile })).not.toContain('display')
    const html = renderToStaticMarkup(
      createElement(BrandStyle, { branding: { brandColour: '#0b5d7a', secondColour: null } }),
    )
    expect(html).toMatch(
      /^<style>:root\{[-a-z0-9:;#]+\}@media \(prefers-color-scheme: dark\)\{:root\{[-a-z0-9:;#]+\}\}<\/style>$/,
    )
    expect(renderToStaticMarkup(createElement(BrandStyle, { branding: undefined }))).toBe('')
  })

  it('puts a chosen typeface in front of the system fonts, and only one from the list', () => {
    expect(brandCss({ brandColour: '#0b5d7a', typeface: 'source-serif' })).toContain(
      "--serif:'Source Serif 4 Variable',var(--system-serif)",
    )
    const inter = brandCss({ brandColour: '#0b5d7a', typeface: 'inter' })
    expect(inter).toContain("--sans:'Inter Variable',var(--system-sans)")
    expect(brandCss({ brandColour: '#0b5d7a', typeface: 'system' })).not.toContain('--serif')
    expect(brandCss({ brandColour: '#0b5d7a', typeface: "x';}body{display:none" })).not.toMatch(
      /--serif|display/,
    )
  })

  it('reads the settings’ colours as a reader does', async () => {
    const { branding } = await payload.findGlobal({ slug: 'site-settings' })
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { branding: { ...branding, brandColour: '#5a2d82', secondColour: '#8a4b08' } },
    })
    expect(brandCss((await getSettings('en')).branding)).toContain('--accent:#5a2d82;')
  })
})
