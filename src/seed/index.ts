import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'

import { makePrivateFolder } from '@/lib/privateFiles'
import type { Article } from '@/payload-types'

import { demoArticles, demoAuthorBio, demoPage, demoTopics, type DemoLocale } from './content'
import { drawHeroImage } from './heroImage'
import { DEMO_AUTHORS, DEMO_SITE, DEMO_STAFF } from './people'
import { seedSite } from './site'

const OTHER_LOCALES: Exclude<DemoLocale, 'en'>[] = ['az', 'ru']
const DAY = 24 * 60 * 60 * 1000

export type SeedResult = {
  created: {
    topics: number
    authors: number
    articles: number
    users: number
    siteSettings: boolean
    teams: number
    pages: number
    branding: boolean
  }
  credentials: { role: string; email: string; password: string }[]
}

/**
 * Loads the demo think tank. Idempotent: every document is looked up by its natural key (slug,
 * e-mail) and only missing ones are created, so a second run changes nothing. This is a system
 * action (no request, no user), so the Local API's default full access is intended here.
 */
export async function seedDemoContent(
  payload: Payload,
  options: { credentialsFile?: string } = {},
): Promise<SeedResult> {
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const richText = (markdown: string) => convertMarkdownToLexical({ editorConfig, markdown })
  const result: SeedResult = {
    created: {
      topics: 0,
      authors: 0,
      articles: 0,
      users: 0,
      siteSettings: false,
      teams: 0,
      pages: 0,
      branding: false,
    },
    credentials: [],
  }

  type Id = Article['id']
  const findId = async (
    collection: 'topics' | 'authors' | 'articles',
    slug: string,
  ): Promise<Id | undefined> => {
    const found = await payload.find({
      collection,
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
      draft: true,
    })
    return found.docs[0]?.id
  }

  const topicIds = new Map<string, Id>()
  for (const topic of demoTopics()) {
    let id = await findId('topics', topic.slug)
    if (id === undefined) {
      const created = await payload.create({
        collection: 'topics',
        locale: 'en',
        data: { name: topic.name, slug: topic.slug, description: topic.description },
      })
      id = created.id
      for (const locale of OTHER_LOCALES) {
        await payload.update({
          collection: 'topics',
          id,
          locale,
          data: { name: topic[`name_${locale}`], description: topic[`description_${locale}`] },
        })
      }
      result.created.topics++
    }
    topicIds.set(topic.slug, id)
  }

  const authorIds = new Map<string, Id>()
  for (const author of DEMO_AUTHORS) {
    let id = await findId('authors', author.slug)
    if (id === undefined) {
      const created = await payload.create({
        collection: 'authors',
        locale: 'en',
        data: {
          name: author.name,
          slug: author.slug,
          headline: author.headline,
          affiliation: author.affiliation,
          bio: richText(demoAuthorBio(author.slug)),
          expertise: author.expertise.map((slug) => topicIds.get(slug)!),
        },
      })
      id = created.id
      result.created.authors++
    }
    authorIds.set(author.slug, id)
  }

  const articles = demoArticles()
  for (const [index, article] of articles.entries()) {
    if ((await findId('articles', article.slug)) !== undefined) continue
    const hero = await payload.create({
      collection: 'media',
      locale: 'en',
      data: { alt: `Abstract banner for “${article.title}”` },
      file: {
        data: await drawHeroImage(index + 1),
        mimetype: 'image/webp',
        name: `${article.slug}.webp`,
        size: 0,
      },
    })
    await payload.create({
      collection: 'articles',
      locale: 'en',
      data: {
        _status: 'published',
        title: article.title,
        slug: article.slug,
        kind: article.kind,
        standfirst: article.standfirst,
        body: richText(article.body),
        heroImage: hero.id,
        authors: article.authors.map((slug) => authorIds.get(slug)!),
        topics: article.topics.map((slug) => topicIds.get(slug)!),
        note: article.note || undefined,
        publishedAt: new Date(Date.now() - article.publishedDaysAgo * DAY).toISOString(),
        commentsEnabled: true,
        reviewState: 'none',
      },
    })
    result.created.articles++
  }

  // The global exists implicitly; `updatedAt` appears only once somebody has saved it.
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  if (!settings.updatedAt) {
    const guidelines = demoPage('guidelines')
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'en',
      data: {
        siteName: DEMO_SITE.siteName,
        tagline: DEMO_SITE.tagline.en,
        contactEmail: DEMO_SITE.contactEmail,
        followLinks: DEMO_SITE.followLinks.map((link) => ({ ...link })),
        submissionGuidelines: richText(guidelines.en),
        commentPolicy: { moderationMode: 'hold-all', linkLimit: 2 },
      },
    })
    for (const locale of OTHER_LOCALES) {
      await payload.updateGlobal({
        slug: 'site-settings',
        locale,
        data: {
          tagline: DEMO_SITE.tagline[locale],
          submissionGuidelines: richText(guidelines[locale]),
        },
      })
    }
    result.created.siteSettings = true
  }

  const about = demoPage('about')
  Object.assign(
    result.created,
    await seedSite(payload, {
      richText,
      authorIds,
      about: { en: richText(about.en), az: richText(about.az), ru: richText(about.ru) },
    }),
  )

  for (const account of DEMO_STAFF) {
    const existing = await payload.count({
      collection: 'users',
      where: { email: { equals: account.email } },
    })
    if (existing.totalDocs > 0) continue
    // Never a fixed password: a demo left running on a public address would be an open door.
    const password = crypto.randomBytes(12).toString('base64url')
    await payload.create({
      collection: 'users',
      data: {
        name: account.name,
        email: account.email,
        password,
        role: account.role,
        author: 'authorSlug' in account ? authorIds.get(account.authorSlug) : undefined,
      },
    })
    result.credentials.push({ role: account.role, email: account.email, password })
    result.created.users++
  }

  if (result.credentials.length && options.credentialsFile)
    writeCredentials(options.credentialsFile, result.credentials)
  return result
}

function writeCredentials(file: string, credentials: SeedResult['credentials']): void {
  makePrivateFolder(path.dirname(file))
  const lines = credentials.map(
    ({ role, email, password }) => `${role.padEnd(7)} ${email.padEnd(22)} ${password}`,
  )
  fs.appendFileSync(
    file,
    `# Demo staff logins created ${new Date().toISOString()}\n${lines.join('\n')}\n`,
    {
      mode: 0o600,
    },
  )
  fs.chmodSync(file, 0o600)
}
