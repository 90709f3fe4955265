/**
 * The SEO tab of articles and pages: every word of Payload's SEO plugin in each of the admin's
 * languages (the tab showed keys such as "plugin-seo:checksPassing"), and the search-result
 * preview at the document's real address on this site (it showed "https://...").
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createArticle, type World } from '../helpers/fixtures'
import type { TestApp } from '../helpers/testApp'
import { startWorld } from '../helpers/world'

let app: TestApp
let payload: Payload
let world: World
beforeAll(async () => {
  process.env.SERVER_URL = 'https://policy.example'
  ;({ app, payload, world } = await startWorld())
})
afterAll(() => app?.close())

type Words = Record<string, Record<string, Record<string, string>>>

describe('the SEO tab', () => {
  it("has every one of the plugin's words in English, Azerbaijani and Russian", () => {
    const translations = payload.config.i18n.translations as Words
    const keys = Object.keys(translations.en['plugin-seo'] ?? {})
    // The plugin's own vocabulary, among them the words the tab showed untranslated.
    expect(keys).toEqual(expect.arrayContaining(['checksPassing', 'missing', 'lengthTipTitle']))
    for (const language of ['en', 'az', 'ru']) {
      const words = translations[language]['plugin-seo'] ?? {}
      expect(
        keys.filter((key) => !words[key]?.trim()),
        language,
      ).toEqual([])
    }
    expect(translations.az['plugin-seo'].checksPassing).not.toBe(
      translations.en['plugin-seo'].checksPassing,
    )
  })

  it("previews the article's own address, in the language being edited", async () => {
    const article = await createArticle(payload, [world.otherAuthor.id], 'draft')
    const preview = (locale: string, token = world.tokens.intern) =>
      world.api.post('/api/plugin-seo/generate-url', {
        token,
        json: { id: article.id, collectionSlug: 'articles', doc: { slug: 'water-policy' }, locale },
      })
    const first = await preview('en')
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect((await preview('en')).body.result).toBe('https://policy.example/articles/water-policy')
    expect((await preview('az')).body.result).toBe(
      'https://policy.example/az/articles/water-policy',
    )
    expect((await preview('ru', world.tokens.editor)).body.result).toBe(
      'https://policy.example/ru/articles/water-policy',
    )
    expect((await preview('en', '')).status).toBe(401)
  })

  it("previews a page at the site's root", async () => {
    const response = await world.api.post('/api/plugin-seo/generate-url', {
      token: world.tokens.editor,
      json: { collectionSlug: 'pages', doc: { slug: 'internships' }, locale: 'en' },
    })
    expect(response.body.result).toBe('https://policy.example/internships')
  })
})
