import fs from 'node:fs/promises'
import path from 'node:path'

import { editorConfigFactory } from '@payloadcms/richtext-lexical'
import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type Endpoint,
  type PayloadRequest,
  type RichTextField,
} from 'payload'

import { userIsEditor } from '@/access/roles'
import { isLocale, type Locale } from '@/i18n/config'
import { plainTextToLexical, summary } from '@/lib/lexicalText'
import { docxToLexical } from '@/lib/manuscripts/docxToLexical'
import { manuscriptFormat } from '@/lib/manuscripts/formats'
import { uploadDir } from '@/lib/paths'
import type { Article, Submission } from '@/payload-types'

const problem = (status: number, field: string, message: string) =>
  Response.json({ errors: [{ message, path: field }] }, { status })

/** The submitter's author profile: an existing one with the same name, or a new guest profile. */
async function findOrCreateAuthor(req: PayloadRequest, submission: Submission, locale: Locale) {
  const { docs } = await req.payload.find({
    collection: 'authors',
    where: { name: { equals: submission.name } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    req,
  })
  if (docs[0]) return docs[0].id
  const author = await req.payload.create({
    collection: 'authors',
    locale,
    data: {
      name: submission.name,
      affiliation: submission.affiliation ?? undefined,
      headline: submission.affiliation ?? undefined,
      email: submission.email,
      bio: plainTextToLexical(submission.bio) as never,
    },
    overrideAccess: false,
    req,
  })
  return author.id
}

/** The draft's body: the DOCX manuscript converted, or for PDF, ODT and DOC a link to the file. */
async function manuscriptBody(req: PayloadRequest, submission: Submission): Promise<Article['body']> {
  const filename = path.basename(submission.filename ?? '')
  if (manuscriptFormat(submission.mimeType) === 'docx') {
    const field = req.payload.collections.articles.config.flattenedFields.find(
      (candidate): candidate is RichTextField => candidate.type === 'richText' && candidate.name === 'body',
    )
    if (!field) throw new Error('articles.body is not a rich text field')
    const editorConfig = await editorConfigFactory.fromField({ field })
    return docxToLexical(await fs.readFile(path.join(uploadDir('submissions'), filename)), editorConfig) as Promise<Article['body']>
  }
  const link = `/api/submissions/file/${encodeURIComponent(filename)}`
  return plainTextToLexical(
    `The manuscript (${filename}) cannot be converted automatically. Download it from ${link} and paste its text here.`,
  ) as Article['body']
}

/**
 * "Convert to draft article" on an accepted submission. Creates (or reuses) the author's guest
 * profile and a draft article with the title, kind, abstract as standfirst and the manuscript as
 * body, and links submission and article both ways. One transaction: all of it or none of it.
 * Runs with the editor's own access (overrideAccess: false), never the system's.
 */
export const convertToDraft: Endpoint = {
  path: '/:id/convert-to-draft',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return problem(401, 'user', 'Log in as an editor to convert a submission.')
    if (!userIsEditor(req.user)) return problem(403, 'user', 'Only editors convert submissions into articles.')
    const id = String(req.routeParams?.id ?? '')
    const submission = await req.payload
      .findByID({ collection: 'submissions', id, depth: 0, overrideAccess: false, req })
      .catch(() => null)
    if (!submission) return problem(404, 'id', `No submission with id ${id}.`)
    if (submission.status !== 'accepted') {
      return problem(409, 'status', 'Only an accepted submission can become a draft article: accept it first.')
    }
    if (submission.article) {
      return problem(409, 'article', 'This submission already has its draft article.')
    }

    const locale: Locale = isLocale(submission.language) ? submission.language : 'en'
    const ownsTransaction = await initTransaction(req)
    try {
      const author = await findOrCreateAuthor(req, submission, locale)
      const article = await req.payload.create({
        collection: 'articles',
        locale,
        draft: true,
        data: {
          _status: 'draft',
          title: submission.title,
          kind: submission.kind,
          // The standfirst is one or two sentences (at most 600 characters): the abstract's opening.
          standfirst: summary(submission.abstract, 400),
          authors: [author],
          body: await manuscriptBody(req, submission),
          submission: submission.id,
        },
        overrideAccess: false,
        req,
      })
      await req.payload.update({
        collection: 'submissions',
        id: submission.id,
        data: { article: article.id },
        overrideAccess: false,
        req,
      })
      if (ownsTransaction) await commitTransaction(req)
      return Response.json({ article: { id: article.id, title: article.title } }, { status: 201 })
    } catch (error) {
      if (ownsTransaction) await killTransaction(req)
      throw error
    }
  },
}
