import crypto from 'node:crypto'

import type { Payload } from 'payload'

import type { Article, Author, Comment, Media, Submission, Topic, User } from '@/payload-types'

import { apiClient, type ApiClient } from './api'
import { pdfBytes, pngBytes } from './files'
import type { TestApp } from './testApp'

export type Role = 'anonymous' | 'intern' | 'editor' | 'admin'
export const ROLES: Role[] = ['anonymous', 'intern', 'editor', 'admin']

/** Minimal Lexical rich text with one paragraph. */
export function richText(text: string) {
  return {
    root: {
      type: 'root',
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      version: 1,
      children: [
        {
          type: 'paragraph',
          direction: 'ltr' as const,
          format: '' as const,
          indent: 0,
          version: 1,
          textFormat: 0,
          textStyle: '',
          children: [
            { type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
          ],
        },
      ],
    },
  }
}

let counter = 0
const unique = (prefix: string) => `${prefix}-${++counter}-${crypto.randomBytes(3).toString('hex')}`

export async function createStaff(
  payload: Payload,
  role: Exclude<Role, 'anonymous'>,
  author?: Author['id'],
) {
  const email = `${unique(role)}@example.org`
  const password = crypto.randomBytes(12).toString('hex')
  const user = await payload.create({
    collection: 'users',
    data: { name: `Test ${role}`, email, password, role, author },
  })
  return { user, email, password }
}

export const createTopic = (payload: Payload) =>
  payload.create({
    collection: 'topics',
    data: { name: unique('Topic'), description: 'A test topic.' },
  })

export const createAuthor = (payload: Payload, name = unique('Author')) =>
  payload.create({
    collection: 'authors',
    data: { name, headline: 'Test author', email: `${unique('a')}@example.org` },
  })

export function createArticle(
  payload: Payload,
  authors: Author['id'][],
  status: 'draft' | 'published',
  extra: Partial<Article> = {},
) {
  return payload.create({
    collection: 'articles',
    draft: status === 'draft',
    data: {
      title: unique('Article'),
      standfirst: 'A standfirst.',
      body: richText('Body text.'),
      kind: 'analysis',
      reviewState: 'none',
      authors,
      _status: status,
      ...extra,
    },
  })
}

/** A comment with exactly this status (a trusted import, so the moderation policy leaves it alone). */
export function createComment(
  payload: Payload,
  article: Article['id'],
  status: Comment['status'],
  extra: Partial<Comment> = {},
) {
  return payload.create({
    collection: 'comments',
    data: {
      article,
      authorName: 'Reader',
      authorEmail: `${unique('reader')}@example.org`,
      body: 'A comment.',
      status,
      ...extra,
    },
    context: { trustedImport: true },
  })
}

export const uniqueEmail = (prefix = 'reader') => `${unique(prefix)}@example.org`

export async function createMedia(payload: Payload) {
  const data = await pngBytes()
  return payload.create({
    collection: 'media',
    data: { alt: 'A blue square' },
    file: { data, mimetype: 'image/png', name: `${unique('square')}.png`, size: data.length },
  })
}

export function createSubmission(payload: Payload, extra: Partial<Submission> = {}) {
  const data = pdfBytes()
  return payload.create({
    collection: 'submissions',
    data: {
      name: 'Outside Author',
      email: `${unique('outside')}@example.org`,
      bio: 'A researcher.',
      kind: 'analysis',
      title: 'A submitted article',
      abstract: 'What it argues.',
      language: 'en',
      consent: true,
      status: 'received',
      ...extra,
    },
    file: {
      data,
      mimetype: 'application/pdf',
      name: `${unique('manuscript')}.pdf`,
      size: data.length,
    },
  })
}

export type World = {
  api: ApiClient
  topic: Topic
  ownAuthor: Author
  otherAuthor: Author
  published: Article
  ownDraft: Article
  otherDraft: Article
  approvedComment: Comment
  pendingComment: Comment
  media: Media
  submission: Submission
  users: Record<Exclude<Role, 'anonymous'>, User>
  tokens: Record<Role, string | undefined>
}

/**
 * The cast of every access test: an intern who writes as `ownAuthor`, an editor and an admin;
 * a published article, a draft the intern co-authors, a draft they do not, two comments, a
 * media file and a submission.
 */
export async function buildWorld(app: TestApp): Promise<World> {
  const { payload } = app
  const api = apiClient(app.baseURL)
  const topic = await createTopic(payload)
  const ownAuthor = await createAuthor(payload)
  const otherAuthor = await createAuthor(payload)
  const published = await createArticle(payload, [otherAuthor.id], 'published', {
    topics: [topic.id],
  })
  const ownDraft = await createArticle(payload, [ownAuthor.id, otherAuthor.id], 'draft')
  const otherDraft = await createArticle(payload, [otherAuthor.id], 'draft')
  const approvedComment = await createComment(payload, published.id, 'approved')
  const pendingComment = await createComment(payload, published.id, 'pending')
  const media = await createMedia(payload)
  const submission = await createSubmission(payload)

  // The admin first: the very first account of an install always becomes an admin.
  const admin = await createStaff(payload, 'admin')
  const intern = await createStaff(payload, 'intern', ownAuthor.id)
  const editor = await createStaff(payload, 'editor')
  return {
    api,
    topic,
    ownAuthor,
    otherAuthor,
    published,
    ownDraft,
    otherDraft,
    approvedComment,
    pendingComment,
    media,
    submission,
    users: { intern: intern.user, editor: editor.user, admin: admin.user },
    tokens: {
      anonymous: undefined,
      intern: await api.login(intern.email, intern.password),
      editor: await api.login(editor.email, editor.password),
      admin: await api.login(admin.email, admin.password),
    },
  }
}

/** Runs a Local API call and reports the HTTP status Payload would have answered with. */
export async function localStatus(call: () => Promise<unknown>): Promise<number> {
  try {
    await call()
    return 200
  } catch (error) {
    const status = (error as { status?: number }).status
    if (typeof status === 'number') return status
    throw error
  }
}
