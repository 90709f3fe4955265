/** The manuscript formats the submission form accepts, by the MIME type Payload detected from the content. */
export const MANUSCRIPT_FORMATS = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  odt: 'application/vnd.oasis.opendocument.text',
  pdf: 'application/pdf',
} as const

export type ManuscriptFormat = keyof typeof MANUSCRIPT_FORMATS

export const MANUSCRIPT_MIME_TYPES: string[] = Object.values(MANUSCRIPT_FORMATS)

export function manuscriptFormat(
  mimeType: string | null | undefined,
): ManuscriptFormat | undefined {
  const entry = Object.entries(MANUSCRIPT_FORMATS).find(([, type]) => type === mimeType)
  return entry?.[0] as ManuscriptFormat | undefined
}
