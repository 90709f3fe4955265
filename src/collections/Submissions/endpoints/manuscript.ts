import path from 'node:path'

import type { Endpoint, PayloadRequest } from 'payload'

import { demand } from '@/access'
import { manuscriptFormat } from '@/lib/manuscripts/formats'
import { lengthVerdict, loadGuidelines } from '@/lib/manuscripts/guidelines'
import { readableManuscript } from '@/lib/manuscripts/readable'
import { problem } from '@/lib/problem'
import { readUpload } from '@/lib/storage'

import { findSubmission } from './findSubmission'

/**
 * The submission whose manuscript is asked for. Manuscripts are read by those who may read
 * submissions, as Payload's own file route allows.
 */
async function submissionToRead(req: PayloadRequest) {
  demand(req, 'submissions', 'read', {
    anonymous: 'Log in as an editor to read a manuscript.',
    forbidden: 'Only editors read manuscripts.',
  })
  return findSubmission(req)
}

const fileName = (filename: string | null | undefined) => path.basename(filename ?? '')

/**
 * The submission's "Manuscript" panel: the text to read (DOCX and ODT as safe HTML), the address
 * of the PDF to show inline, the word count and the guidelines with where the length stands.
 */
export const readManuscript: Endpoint = {
  path: '/:id/manuscript',
  method: 'get',
  handler: async (req) => {
    const submission = await submissionToRead(req)
    if (submission instanceof Response) return submission
    const [guidelines, file] = await Promise.all([
      loadGuidelines(req),
      readUpload('submissions', fileName(submission.filename)).catch(() => null),
    ])
    const { format, html } = file
      ? await readableManuscript(file, submission.mimeType)
      : { format: manuscriptFormat(submission.mimeType), html: null }
    return Response.json({
      format: format ?? null,
      filename: submission.filename,
      html,
      pdf: format === 'pdf' && file ? `/api/submissions/${submission.id}/manuscript/file` : null,
      wordCount: submission.wordCount ?? null,
      guidelines,
      verdict: lengthVerdict(submission.wordCount, guidelines),
    })
  },
}

/**
 * A PDF manuscript for the admin's inline viewer: `inline` rather than a download, never cached,
 * and framed only by this site (the X-Frame-Options every route sends).
 */
export const manuscriptFile: Endpoint = {
  path: '/:id/manuscript/file',
  method: 'get',
  handler: async (req) => {
    const submission = await submissionToRead(req)
    if (submission instanceof Response) return submission
    if (manuscriptFormat(submission.mimeType) !== 'pdf') {
      return problem(409, 'file', 'Only a PDF manuscript is shown inline; download the others.')
    }
    const name = fileName(submission.filename)
    const file = await readUpload('submissions', name).catch(() => null)
    if (!file) return problem(404, 'file', 'The manuscript file is missing.')
    return new Response(new Uint8Array(file), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `inline; filename="${name.replace(/[^\w.-]/g, '_')}"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  },
}
