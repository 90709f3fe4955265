import type { CollectionConfig } from 'payload'

import { accessOf, fieldAccess } from '@/access'
import { collectionLabels, inEveryLanguage } from '@/i18n/admin'
import { systemField } from '@/fields/system'
import { ARTICLE_KINDS, SUBMISSION_LANGUAGES } from '@/fields/options'
import { emailOnly, textareaOnly, textOnly } from '@/fields/validators'
import { MANUSCRIPT_MIME_TYPES } from '@/lib/manuscripts/formats'
import { uploadDir } from '@/lib/paths'
import { uniqueFileName } from '@/hooks/uniqueFileName'

import { convertToDraft } from './endpoints/convertToDraft'
import { previewDecision, sendDecision } from './endpoints/decision'
import { manuscriptFile, readManuscript } from './endpoints/manuscript'
import { assignReference } from './hooks/assignReference'
import { countManuscriptWords } from './hooks/countManuscriptWords'
import { limitSubmissions, releaseFailedSubmission } from './hooks/limitSubmissions'
import { notifyAboutSubmission } from './hooks/notifyAboutSubmission'
import { refuseActiveContent } from './hooks/refuseActiveContent'
import { stampDecisionSent } from './hooks/stampDecisionSent'
import { SUBMISSION_LIMITS } from './limits'

/** Largest manuscript; payload.config.ts uses it as the upload limit (413 above it). */
export const MANUSCRIPT_MAX_BYTES = 10 * 1024 * 1024
/** The largest request body any route reads: a manuscript and a form's other fields. */
export const REQUEST_MAX_BYTES = MANUSCRIPT_MAX_BYTES + 64 * 1024

/**
 * "Become an analyst": an outside author's article. The manuscript is this document's file, so
 * one multipart request stores the submission whole or not at all. Only editors ever read it.
 */
export const Submissions: CollectionConfig = {
  slug: 'submissions',
  labels: collectionLabels('submissions'),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['reference', 'title', 'name', 'kind', 'language', 'status', 'createdAt'],
    listSearchableFields: ['reference', 'title', 'name', 'email'],
    group: inEveryLanguage((t) => t.groups.readers),
  },
  defaultSort: '-createdAt',
  access: accessOf('submissions'),
  upload: {
    // Outside any public folder; Payload's file route serves it only to those who may read it.
    staticDir: uploadDir('submissions'),
    mimeTypes: MANUSCRIPT_MIME_TYPES,
    pasteURL: false,
    filesRequiredOnCreate: true,
  },
  hooks: {
    beforeOperation: [limitSubmissions, uniqueFileName],
    beforeValidate: [refuseActiveContent],
    beforeChange: [assignReference, countManuscriptWords, stampDecisionSent],
    afterChange: [notifyAboutSubmission],
    afterError: [releaseFailedSubmission],
  },
  endpoints: [convertToDraft, previewDecision, sendDecision, readManuscript, manuscriptFile],
  fields: [
    systemField({ name: 'reference', type: 'text', unique: true, index: true }),
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: SUBMISSION_LIMITS.name,
      validate: textOnly,
    },
    { name: 'email', label: 'E-mail', type: 'email', required: true, validate: emailOnly },
    {
      name: 'affiliation',
      type: 'text',
      maxLength: SUBMISSION_LIMITS.affiliation,
      validate: textOnly,
    },
    {
      name: 'bio',
      label: 'Short bio',
      type: 'textarea',
      required: true,
      maxLength: SUBMISSION_LIMITS.bio,
      validate: textareaOnly,
    },
    { name: 'kind', type: 'select', required: true, options: ARTICLE_KINDS },
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: SUBMISSION_LIMITS.title,
      validate: textOnly,
    },
    {
      name: 'abstract',
      type: 'textarea',
      required: true,
      maxLength: SUBMISSION_LIMITS.abstract,
      validate: textareaOnly,
    },
    {
      name: 'language',
      type: 'select',
      required: true,
      defaultValue: 'en',
      options: SUBMISSION_LANGUAGES,
    },
    {
      name: 'consent',
      label: 'I agree to the submission terms',
      type: 'checkbox',
      required: true,
      validate: (value: boolean | null | undefined) =>
        value === true || 'You must agree to the submission terms to send an article.',
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'received',
      index: true,
      options: [
        { label: 'Received', value: 'received' },
        { label: 'In review', value: 'in-review' },
        { label: 'Accepted', value: 'accepted' },
        { label: 'Declined', value: 'declined' },
      ],
      access: fieldAccess('submissions', 'status'),
      admin: { position: 'sidebar' },
    },
    {
      // Saving a decision mails nobody: the editor previews the e-mail here and sends it.
      name: 'decisionEmail',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '@/components/admin/DecisionEmail#DecisionEmail' },
      },
    },
    systemField({
      name: 'decisionEmailedAt',
      label: 'Decision e-mailed',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    }),
    // What the decision e-mail said, as sent (the decision panel shows it).
    systemField({
      name: 'decisionEmailSubject',
      type: 'text',
      admin: { hidden: true },
    }),
    systemField({
      name: 'decisionEmailBody',
      type: 'textarea',
      admin: { hidden: true },
    }),
    {
      name: 'editorNotes',
      type: 'textarea',
      access: fieldAccess('submissions', 'editorNotes'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'manuscript',
      type: 'ui',
      admin: { components: { Field: '@/components/admin/ManuscriptPanel#ManuscriptPanel' } },
    },
    systemField({
      name: 'wordCount',
      label: 'Words in the manuscript',
      type: 'number',
      admin: {
        description: 'Counted on arrival for DOCX and ODT files; PDF and DOC are not counted.',
      },
    }),
    {
      name: 'article',
      label: 'Draft article',
      type: 'relationship',
      relationTo: 'articles',
      access: fieldAccess('submissions', 'article'),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'convertToDraft',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '@/components/admin/ConvertToDraft#ConvertToDraft' },
      },
    },
  ],
}
