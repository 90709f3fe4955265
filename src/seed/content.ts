import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import yaml from 'js-yaml'

/** Demo content lives as Markdown and YAML under ./content, so writers can edit it without code. */
const CONTENT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'content')

export type DemoLocale = 'en' | 'az' | 'ru'

export type DemoTopic = {
  slug: string
  name: string
  name_az: string
  name_ru: string
  description: string
  description_az: string
  description_ru: string
}

export type DemoArticle = {
  slug: string
  title: string
  kind: 'analysis' | 'commentary' | 'research-note' | 'book-review' | 'roundtable' | 'report'
  standfirst: string
  authors: string[]
  topics: string[]
  note?: string
  publishedDaysAgo: number
  body: string
}

const read = (...parts: string[]) => fs.readFileSync(path.join(CONTENT_DIR, ...parts), 'utf8')

/** The site shows its own page title, so a document's leading "# Heading" is dropped. */
const withoutTitle = (markdown: string) => markdown.replace(/^# .*\n+/, '').trim()

function splitFrontMatter(source: string): { meta: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source)
  if (!match) throw new Error('Demo article is missing its front matter')
  return {
    meta: yaml.load(match[1]) as Record<string, unknown>,
    body: source.slice(match[0].length).trim(),
  }
}

export function demoTopics(): DemoTopic[] {
  return yaml.load(read('topics.md')) as DemoTopic[]
}

export function demoArticles(): DemoArticle[] {
  return fs
    .readdirSync(path.join(CONTENT_DIR, 'articles'))
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const { meta, body } = splitFrontMatter(read('articles', file))
      return {
        ...(meta as Omit<DemoArticle, 'slug' | 'body'>),
        slug: file.replace(/\.md$/, ''),
        body,
      }
    })
}

export const demoAuthorBio = (slug: string) => read('authors', `${slug}.md`).trim()

/** A localized page of the site settings (`about`, `guidelines`), per locale. */
export function demoPage(name: 'about' | 'guidelines'): Record<DemoLocale, string> {
  return {
    en: withoutTitle(read(`${name}.md`)),
    az: withoutTitle(read(`${name}.az.md`)),
    ru: withoutTitle(read(`${name}.ru.md`)),
  }
}
