/**
 * Keeps the full-text index in step with what readers can see: a published article (in each
 * language it has its own text in), every author and topic. Called by the collections' hooks in
 * the change's own request (and transaction, where the engine has them), by the migration that
 * made the index, and by `npm run search:reindex`.
 */
import type { Payload, PayloadRequest } from 'payload'

import { LOCALES, type Locale } from '@/i18n/config'
import { searchIndex, type SearchEntry, type SearchType } from '@/lib/database'
import { lexicalToPlainText } from '@/lib/lexicalText'
import { publicProfiles } from '@/lib/publicProfiles'
import { idOf, type Id } from '@/lib/relations'

import { indexTerms, spellingVariants } from './analyze'

/** A localized field as Payload returns it with `locale: 'all'`: one value per language. */
type Localized<T> = Partial<Record<Locale, T | null>> | null | undefined

type Context = { payload: Payload; req?: Partial<PayloadRequest> }

/** The languages a document has its own text in: those where its `name`-like field is filled. */
const languagesOf = (field: Localized<string>): Locale[] =>
  LOCALES.filter((locale) => Boolean(field?.[locale]))

/** The value in `locale`, or the English one the site shows where there is no translation. */
const inLocale = <T>(field: Localized<T>, locale: Locale): T | null | undefined =>
  field?.[locale] ?? field?.en

/** Reads as the request does (`overrideAccess: false`), in its transaction. */
const readOptions = ({ req }: Context) =>
  ({ depth: 0, overrideAccess: false, req, pagination: false }) as const

type Text = string | null | undefined

/** One language's entry from the document's texts as written: its terms, and the other spellings of its words. */
function entry(
  lang: Locale,
  {
    title,
    standfirst,
    names,
    body,
    kind,
    published,
    topics = [],
    authors = [],
  }: { title: Text; standfirst: Text; names?: Text; body?: Text } & Partial<
    Pick<SearchEntry, 'kind' | 'published' | 'topics' | 'authors'>
  >,
): SearchEntry {
  return {
    lang,
    kind,
    published,
    topics,
    authors,
    title: indexTerms(title, lang),
    standfirst: indexTerms(standfirst, lang),
    names: indexTerms(names, lang),
    body: indexTerms(body, lang),
    variants: [title, standfirst, names, body].map(spellingVariants).filter(Boolean).join(' '),
  }
}

async function authorNames(context: Context, ids: Id[]): Promise<string> {
  if (!ids.length) return ''
  const { docs } = await context.payload.find({
    collection: 'authors',
    where: { id: { in: ids } },
    limit: ids.length,
    select: { name: true },
    ...readOptions(context),
  })
  return docs.map((author) => author.name).join(' ')
}

async function articleEntries(context: Context, id: Id): Promise<SearchEntry[]> {
  const { docs } = await context.payload.find({
    collection: 'articles',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    locale: 'all',
    draft: false,
    limit: 1,
    select: {
      title: true,
      standfirst: true,
      body: true,
      kind: true,
      publishedAt: true,
      topics: true,
      authors: true,
    },
    ...readOptions(context),
  })
  const article = docs[0]
  if (!article) return []
  const authors = (article.authors ?? []).map(idOf)
  const names = await authorNames(context, authors)
  const title = article.title as unknown as Localized<string>
  const standfirst = article.standfirst as unknown as Localized<string>
  const body = article.body as unknown as Localized<unknown>
  return languagesOf(title).map((lang) =>
    entry(lang, {
      kind: article.kind,
      published: article.publishedAt,
      topics: (article.topics ?? []).map((topic) => String(idOf(topic))),
      authors: authors.map(String),
      title: inLocale(title, lang),
      standfirst: inLocale(standfirst, lang),
      names,
      body: lexicalToPlainText(inLocale(body, lang)),
    }),
  )
}

/**
 * An author's entry per language: the name first, then headline, affiliation, biography. None for
 * a profile readers cannot see yet (a guest before their first article), whoever made the change.
 */
async function authorEntries(context: Context, id: Id): Promise<SearchEntry[]> {
  const { docs } = await context.payload.find({
    collection: 'authors',
    where: { and: [{ id: { equals: id } }, publicProfiles] },
    locale: 'all',
    limit: 1,
    select: { name: true, headline: true, affiliation: true, bio: true, expertise: true },
    ...readOptions(context),
  })
  const author = docs[0]
  if (!author) return []
  const headline = author.headline as unknown as Localized<string>
  const bio = author.bio as unknown as Localized<unknown>
  const languages = new Set<Locale>(['en', ...languagesOf(headline)])
  return [...languages].map((lang) =>
    entry(lang, {
      topics: (author.expertise ?? []).map((topic) => String(idOf(topic))),
      title: author.name,
      standfirst: inLocale(headline, lang),
      names: author.affiliation,
      body: lexicalToPlainText(inLocale(bio, lang)),
    }),
  )
}

async function topicEntries(context: Context, id: Id): Promise<SearchEntry[]> {
  const { docs } = await context.payload.find({
    collection: 'topics',
    where: { id: { equals: id } },
    locale: 'all',
    limit: 1,
    select: { name: true, description: true },
    ...readOptions(context),
  })
  const topic = docs[0]
  if (!topic) return []
  const name = topic.name as unknown as Localized<string>
  const description = topic.description as unknown as Localized<string>
  return languagesOf(name).map((lang) =>
    entry(lang, { title: inLocale(name, lang), standfirst: inLocale(description, lang) }),
  )
}

const ENTRIES: Record<SearchType, (context: Context, id: Id) => Promise<SearchEntry[]>> = {
  article: articleEntries,
  author: authorEntries,
  topic: topicEntries,
}

/** Puts the document's entries in the index as readers now see it: none if it is not public (any more). */
export async function reindexDocument(
  payload: Payload,
  req: Partial<PayloadRequest> | undefined,
  type: SearchType,
  id: Id,
): Promise<void> {
  const entries = await ENTRIES[type]({ payload, req }, id)
  await (await searchIndex(payload)).replace(payload, req, type, String(id), entries)
}

/** Takes a deleted document out of the index. */
export async function unindexDocument(
  payload: Payload,
  req: Partial<PayloadRequest> | undefined,
  type: SearchType,
  id: Id,
): Promise<void> {
  await (await searchIndex(payload)).replace(payload, req, type, String(id), [])
}

/** An author's name is part of each of their articles' entries: those follow a rename. */
export async function reindexArticlesBy(
  payload: Payload,
  req: Partial<PayloadRequest> | undefined,
  authorId: Id,
): Promise<void> {
  const { docs } = await payload.find({
    collection: 'articles',
    where: { and: [{ authors: { in: [authorId] } }, { _status: { equals: 'published' } }] },
    limit: 0,
    select: {},
    ...readOptions({ payload, req }),
  })
  for (const article of docs) await reindexDocument(payload, req, 'article', article.id)
}

const COLLECTIONS = { article: 'articles', author: 'authors', topic: 'topics' } as const

/**
 * Writes every public document's entries again and takes out those of documents gone: while the
 * site runs, searches keep finding everything during a rebuild. Returns how many of each.
 */
export async function rebuildSearchIndex(
  payload: Payload,
  req?: Partial<PayloadRequest>,
): Promise<Record<SearchType, number>> {
  const index = await searchIndex(payload)
  const counts = { article: 0, author: 0, topic: 0 }
  for (const type of Object.keys(COLLECTIONS) as SearchType[]) {
    const { docs } = await payload.find({
      collection: COLLECTIONS[type],
      where: type === 'article' ? { _status: { equals: 'published' } } : undefined,
      limit: 0,
      select: {},
      ...readOptions({ payload, req }),
    })
    for (const doc of docs) await reindexDocument(payload, req, type, doc.id)
    const kept = new Set(docs.map((doc) => String(doc.id)))
    for (const doc of await index.documents(payload, req, type))
      if (!kept.has(doc)) await index.replace(payload, req, type, doc, [])
    counts[type] = docs.length
  }
  return counts
}
