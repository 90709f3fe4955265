import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { convertMarkdownToLexical } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'

import type { Article, Page, SiteSetting } from '@/payload-types'

import { createAboutPage } from '@/collections/Pages/aboutPage'

import { drawIcon, drawLogo, drawSocialImage } from './logo'
import { DEMO_SITE } from './people'

type Id = Article['id']
type RichText = (markdown: string) => ReturnType<typeof convertMarkdownToLexical>

const PAGES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'content', 'pages')
const pageText = (name: string) =>
  fs.readFileSync(path.join(PAGES_DIR, `${name}.md`), 'utf8').trim()

/** The groups /authors shows, in order; names per language. */
const DEMO_TEAMS = [
  { slug: 'staff', order: 10, en: 'Staff', az: 'Əməkdaşlar', ru: 'Сотрудники' },
  { slug: 'fellows', order: 20, en: 'Fellows', az: 'Təqaüdçülər', ru: 'Стипендиаты' },
  { slug: 'interns', order: 30, en: "Interns' team", az: 'Təcrübəçilər', ru: 'Стажёры' },
  { slug: 'alumni', order: 40, en: 'Alumni', az: 'Məzunlar', ru: 'Выпускники' },
  {
    slug: 'guest-authors',
    order: 50,
    en: 'Guest authors',
    az: 'Qonaq müəlliflər',
    ru: 'Приглашённые авторы',
  },
] as const

/** Menu labels per language: the pages themselves are in English (the fallback). */
const LABELS = {
  team: { en: 'Team', az: 'Komanda', ru: 'Команда' },
  internships: { en: 'Internships', az: 'Təcrübə proqramı', ru: 'Стажировки' },
  contact: { en: 'Contact', az: 'Əlaqə', ru: 'Контакты' },
  privacy: { en: 'Privacy', az: 'Məxfilik', ru: 'Конфиденциальность' },
  articles: { en: 'Analysis', az: 'Təhlillər', ru: 'Аналитика' },
  about: { en: 'About', az: 'Haqqımızda', ru: 'О нас' },
  submit: { en: 'Write for us', az: 'Bizə yazın', ru: 'Пишите нам' },
  institute: { en: 'The institute', az: 'İnstitut', ru: 'Институт' },
  contribute: { en: 'Take part', az: 'İştirak edin', ru: 'Участвуйте' },
  reports: { en: 'Reports', az: 'Hesabatlar', ru: 'Доклады' },
} as const

type Locale = 'en' | 'az' | 'ru'
const OTHER_LOCALES = ['az', 'ru'] as const

/**
 * The demo site's own pages, teams, menus and branding (issue 19). Idempotent like the rest of the
 * seed: teams and pages are looked up by slug; the menus and logo are set only while the header
 * menu is empty, so an editor's own menu is never overwritten.
 */
export async function seedSite(
  payload: Payload,
  {
    richText,
    authorIds,
    about,
  }: {
    richText: RichText
    authorIds: Map<string, Id>
    about: Parameters<typeof createAboutPage>[2]
  },
): Promise<{ teams: number; pages: number; branding: boolean }> {
  const created = { teams: 0, pages: 0, branding: false }
  const bySlug = async (collection: 'teams' | 'pages', slug: string) =>
    (
      await payload.find({
        collection,
        where: { slug: { equals: slug } },
        limit: 1,
        depth: 0,
        draft: true,
      })
    ).docs[0]?.id

  const teamIds = new Map<string, Id>()
  for (const team of DEMO_TEAMS) {
    let id = await bySlug('teams', team.slug)
    if (id === undefined) {
      id = (
        await payload.create({
          collection: 'teams',
          locale: 'en',
          data: { name: team.en, slug: team.slug, order: team.order },
        })
      ).id
      for (const locale of OTHER_LOCALES)
        await payload.update({ collection: 'teams', id, locale, data: { name: team[locale] } })
      created.teams++
    }
    teamIds.set(team.slug, id)
  }
  // The three demo authors are the interns' team, in the order DESIGN.md names them.
  for (const [order, authorId] of [...authorIds.values()].entries()) {
    const author = await payload.findByID({ collection: 'authors', id: authorId, depth: 0 })
    if (author.team) continue
    await payload.update({
      collection: 'authors',
      id: authorId,
      data: { team: teamIds.get('interns'), teamOrder: (order + 1) * 10 },
    })
  }

  const text = (name: string) => ({
    blockType: 'richText' as const,
    content: richText(pageText(name)),
  })
  const pages: { slug: string; title: string; intro?: string; layout: Page['layout'] }[] = [
    {
      slug: 'team',
      title: 'Team',
      intro: 'The people who research, write and edit Caspian Policy Lab.',
      layout: [
        text('team'),
        { blockType: 'people', heading: "Interns' team", team: teamIds.get('interns') },
        {
          blockType: 'callToAction',
          heading: 'Become an analyst',
          text: 'Students and young researchers write for us. Send us your article.',
          link: { type: 'section', section: '/submit', label: 'Send us your article' },
        },
      ] as Page['layout'],
    },
    {
      slug: 'internships',
      title: 'Internships',
      intro: "Join the interns' team: research, write and publish policy analysis.",
      layout: [
        text('internships'),
        {
          blockType: 'callToAction',
          heading: 'Become an analyst. Send us your article.',
          text: 'The best way to start is to send us a piece of your own: 1,000–2,000 words, as a Word file.',
          link: { type: 'section', section: '/submit', label: 'Send us your article' },
        },
        {
          blockType: 'questions',
          heading: 'Questions and answers',
          items: [
            {
              question: 'Do I need to live in Baku?',
              answer: 'No. The internship is remote; the weekly editorial meeting is online.',
            },
            {
              question: 'In which language do interns write?',
              answer:
                'Articles are published in English. You may send a first draft in Azerbaijani, Russian or Turkish.',
            },
            {
              question: 'Is the internship paid?',
              answer: 'No. It is part-time, and interns keep the byline of everything they write.',
            },
          ],
        },
      ] as Page['layout'],
    },
    {
      slug: 'contact',
      title: 'Contact',
      layout: [
        {
          blockType: 'contact',
          heading: 'Write to us or visit',
          address: 'Caspian Policy Lab\n1 Neftchilar Avenue\nBaku AZ1000, Azerbaijan',
          email: DEMO_SITE.contactEmail,
          phone: '+994 12 000 00 00',
        },
      ] as Page['layout'],
    },
    { slug: 'privacy', title: 'Privacy', layout: [text('privacy')] as Page['layout'] },
  ]
  if (await createAboutPage(payload, undefined, about)) created.pages++
  const pageIds = new Map<string, Id>()
  for (const page of pages) {
    let id = await bySlug('pages', page.slug)
    if (id === undefined) {
      id = (
        await payload.create({
          collection: 'pages',
          locale: 'en',
          data: { ...page, _status: 'published' },
        })
      ).id
      created.pages++
    }
    pageIds.set(page.slug, id)
  }
  pageIds.set('about', (await bySlug('pages', 'about'))!)

  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  if (!settings.headerMenu?.length) {
    const image = async (name: string, alt: string, data: Buffer) =>
      (
        await payload.create({
          collection: 'media',
          locale: 'en',
          data: { alt },
          file: { data, mimetype: 'image/png', name, size: data.length },
        })
      ).id
    const logo = async (onDark: boolean) =>
      image(
        onDark ? 'logo-on-dark.png' : 'logo.png',
        DEMO_SITE.siteName,
        await drawLogo(DEMO_SITE.siteName, { onDark }),
      )
    const icon = await payload.create({
      collection: 'site-icons',
      data: {},
      file: { data: await drawIcon(), mimetype: 'image/png', name: 'site-icon.png', size: 0 },
    })
    const page = (slug: keyof typeof LABELS) => ({ type: 'page' as const, page: pageIds.get(slug) })
    const section = (path: string) => ({ type: 'section' as const, section: path })
    const menu = (locale: Locale) => {
      const label = (key: keyof typeof LABELS) => ({ label: LABELS[key][locale] })
      return {
        headerMenu: [
          { ...section('/articles'), ...label('articles') },
          { ...page('team'), ...label('team') },
          { ...page('internships'), ...label('internships') },
          { ...page('about'), ...label('about') },
          { ...section('/submit'), ...label('submit') },
        ],
        footerColumns: [
          {
            heading: LABELS.institute[locale],
            links: [
              { ...page('about'), ...label('about') },
              { ...page('team'), ...label('team') },
              { ...page('contact'), ...label('contact') },
              { ...page('privacy'), ...label('privacy') },
            ],
          },
          {
            heading: LABELS.contribute[locale],
            links: [
              { ...page('internships'), ...label('internships') },
              { ...section('/submit'), ...label('submit') },
              { type: 'kind' as const, kind: 'report' as const, ...label('reports') },
            ],
          },
        ],
      }
    }
    const english = menu('en')
    const saved = await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'en',
      data: {
        ...english,
        branding: {
          logo: await logo(false),
          logoOnDark: await logo(true),
          siteIcon: icon.id,
          socialImage: await image(
            'social-card.png',
            DEMO_SITE.siteName,
            await drawSocialImage(DEMO_SITE.siteName, DEMO_SITE.tagline.en),
          ),
          brandColour: '#0b5d7a',
          secondColour: '#8a4b08',
        },
      } as Partial<SiteSetting>,
    })
    // Arrays keep their rows' ids across languages: the other languages change only the labels.
    for (const locale of OTHER_LOCALES) {
      const other = menu(locale)
      await payload.updateGlobal({
        slug: 'site-settings',
        locale,
        data: {
          headerMenu: saved.headerMenu?.map((row, index) => ({
            ...row,
            label: other.headerMenu[index].label,
          })),
          footerColumns: saved.footerColumns?.map((column, index) => ({
            ...column,
            heading: other.footerColumns[index].heading,
            links: column.links?.map((link, linkIndex) => ({
              ...link,
              label: other.footerColumns[index].links[linkIndex].label,
            })),
          })),
        },
      })
    }
    created.branding = true
  }
  return created
}
