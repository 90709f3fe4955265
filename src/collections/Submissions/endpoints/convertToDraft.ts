import path from 'node:path'

import { editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Endpoint, PayloadRequest, RichTextField } from 'payload'

import { demand } from '@/access'
import { adminT } from '@/i18n/admin'
import { isLocale, type Locale } from '@/i18n/config'
import { inTransaction } from '@/lib/database'
import { plainTextToLexical, summary } from '@/lib/lexicalText'
import { docxToLexical } from '@/lib/manuscripts/docxToLexical'
import { manuscriptFormat } from '@/lib/manuscripts/formats'
import { problem } from '@/lib/problem'
import { readUpload } from '@/lib/storage'
import type { Article, Author, Submission } from '@/payload-types'

import { findSubmission } from './findSubmission'

/** The submitter's author profile: an existing one with the same name, or a new guest profile. */
async function findOrCreateAuthor(
  req: PayloadRequest,
  submission: Submission,
  locale: Locale,
): Promise<{ id: Author['id']; created: boolean }> {
  const { docs } = await req.payload.find({
    collection: 'authors',
    where: { name: { equals: submission.name } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    req,
  })
  if (docs[0]) return { id: docs[0].id, created: false }
  const author = await req.payload.create({
    collection: 'authors',
    locale,
    data: {
      name: submission.name,
      guest: true,
      affiliation: submission.affiliation ?? undefined,
      headline: submission.affiliation ?? undefined,
      email: submission.email,
      bio: plainTextToLexical(submission.bio) as never,
    },
    overrideAccess: false,
    req,
  })
  return { id: author.id, created: true }
}

/** The article's title field allows this many characters (collections/Articles). */
const TITLE_LIMIT = 200

/**
 * The draft's title and body: for DOCX the manuscript converted, titled by Word's Title paragraph
 * when it has one that fits; for PDF, ODT and DOC the form's title and a link to the file.
 */
async function manuscriptDraft(
  req: PayloadRequest,
  submission: Submission,
): Promise<{ title: string; body: Article['body'] }> {
  const filename = path.basename(submission.filename ?? '')
  if (manuscriptFormat(submission.mimeType) === 'docx') {
    const field = req.payload.collections.articles.config.flattenedFields.find(
      (candidate): candidate is RichTextField =>
        candidate.type === 'richText' && candidate.name === 'body',
    )
    if (!field) throw new Error('articles.body is not a rich text field')
    const editorConfig = await editorConfigFactory.fromField({ field })
    const { title, body } = await docxToLexical(
      await readUpload('submissions', filename),
      editorConfig,
    )
    const fits = title !== undefined && title.length <= TITLE_LIMIT
    return { title: fits ? title : submission.title, body: body as Article['body'] }
  }
  const link = `/api/submissions/file/${encodeURIComponent(filename)}`
  return {
    title: submission.title,
    body: plainTextToLexical(
      `The manuscript (${filename}) cannot be converted automatically. Download it from ${link} and paste its text here.`,
    ) as Article['body'],
  }
}

/**
 * "Convert to draft article" on an accepted submission. Creates (or reuses) the author's guest
 * profile and a draft article with the title (Word's own, if the manuscript has one), kind,
 * abstract as standfirst and the manuscript as body, and links submission and article both
 * ways: all of it or none of it. Runs with the editor's own access (overrideAccess: false), never the system's.
 */
export const convertToDraft: Endpoint = {
  path: '/:id/convert-to-draft',
  method: 'post',
  handler: async (req) => {
    demand(req, 'submissions', 'convert', {
      anonymous: 'Log in as an editor to convert a submission.',
      forbidden: 'Only editors convert submissions into articles.',
    })
    const submission = await findSubmission(req)
    if (submission instanceof Response) return submission
    // What the editor's admin shows (ConvertToDraft.tsx), in their admin language.
    const t = adminT(req.t)
    if (submission.status !== 'accepted') {
      return problem(409, 'status', t('cms:convert:notAccepted'))
    }
    if (submission.article) {
      return problem(409, 'article', t('cms:convert:alreadyConverted'))
    }

    const locale: Locale = isLocale(submission.language) ? submission.language : 'en'
    // Converted before anything is stored: a manuscript that cannot be read leaves no trace.
    const draft = await manuscriptDraft(req, submission).catch((error: unknown) => {
      req.payload.logger.warn({
        err: error,
        msg: `[submissions] could not convert the manuscript of ${submission.reference}`,
      })
      return null
    })
    if (!draft) return problem(422, 'file', t('cms:convert:unreadable'))
    // All of it or none of it: on an engine with transactions the writes share one through `req`;
    // on one without, what this request created is deleted again, newest first.
    return inTransaction(req, async (onRollback) => {
      const author = await findOrCreateAuthor(req, submission, locale)
      if (author.created) {
        onRollback(() =>
          req.payload.delete({ collection: 'authors', id: author.id, overrideAccess: false, req }),
        )
      }
      const article = await req.payload.create({
        collection: 'articles',
        locale,
        draft: true,
        data: {
          _status: 'draft',
          title: draft.title,
          kind: submission.kind,
          // The standfirst is one or two sentences (at most 600 characters): the abstract's opening.
          standfirst: summary(submission.abstract, 400),
          authors: [author.id],
          body: draft.body,
          submission: submission.id,
        },
        overrideAccess: false,
        req,
      })
      onRollback(() =>
        req.payload.delete({ collection: 'articles', id: article.id, overrideAccess: false, req }),
      )
      await req.payload.update({
        collection: 'submissions',
        id: submission.id,
        data: { article: article.id },
        overrideAccess: false,
        req,
      })
      return Response.json({ article: { id: article.id, title: article.title } }, { status: 201 })
    })
  },
}
