'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { AdminKey, AdminTranslations } from '@/i18n/admin'
import { pluralForm } from '@/i18n/admin'
import { isLocale, LOCALE_TAGS } from '@/i18n/config'

type Manuscript = {
  format: 'docx' | 'doc' | 'odt' | 'pdf' | null
  filename: string
  html: string | null
  pdf: string | null
  wordCount: number | null
  guidelines: { minWords: number; maxWords: number; summary: string }
  verdict: 'short' | 'within' | 'long' | 'uncounted'
}

const VERDICT_STYLE: Record<Manuscript['verdict'], string> = {
  within: 'var(--theme-success-500)',
  short: 'var(--theme-warning-500)',
  long: 'var(--theme-warning-500)',
  uncounted: 'var(--theme-elevation-400)',
}

const readingStyle = {
  maxHeight: '70vh',
  overflow: 'auto',
  padding: '1rem 1.5rem',
  border: '1px solid var(--theme-elevation-150)',
  background: 'var(--theme-elevation-0)',
  lineHeight: 1.6,
} as const

/**
 * The submission's "Manuscript" panel: the text to read in the admin (DOCX and ODT made safe on
 * the server, a PDF in the browser's own viewer), its word count and the guidelines it should meet.
 * The endpoint (src/collections/Submissions/endpoints/manuscript.ts) checks who may read it.
 */
export function ManuscriptPanel() {
  const { id } = useDocumentInfo()
  const { t, i18n } = useTranslation<AdminTranslations, AdminKey>()
  const [manuscript, setManuscript] = useState<Manuscript>()
  const [failed, setFailed] = useState<number>()

  useEffect(() => {
    if (!id) return
    let current = true
    fetch(`/api/submissions/${id}/manuscript`, { credentials: 'include' })
      .then(async (response) => {
        if (!current) return
        if (response.ok) setManuscript((await response.json()) as Manuscript)
        else setFailed(response.status)
      })
      .catch(() => current && setFailed(0))
    return () => {
      current = false
    }
  }, [id])

  if (!id) return null
  const heading = <h3 style={{ margin: '1.5rem 0 0.5rem' }}>{t('cms:manuscript:heading')}</h3>
  if (failed !== undefined || !manuscript)
    return (
      <section aria-label={t('cms:manuscript:heading')}>
        {heading}
        {failed !== undefined ? (
          <p role="alert">{t('cms:manuscript:failed', { status: failed })}</p>
        ) : (
          <p>{t('cms:manuscript:loading')}</p>
        )}
      </section>
    )

  const numbers = new Intl.NumberFormat(LOCALE_TAGS[isLocale(i18n.language) ? i18n.language : 'en'])
  const { minWords, maxWords, summary } = manuscript.guidelines
  const count = manuscript.wordCount ?? 0
  const verdict = t(`cms:manuscript:${manuscript.verdict}`, {
    words: t(`cms:manuscript:words:${pluralForm(i18n.language, count)}`, {
      count: numbers.format(count),
    }),
    min: numbers.format(minWords),
    max: numbers.format(maxWords),
  })
  const download = `/api/submissions/file/${encodeURIComponent(manuscript.filename)}`

  return (
    <section aria-label={t('cms:manuscript:heading')} style={{ marginBottom: '1.5rem' }}>
      {heading}
      <p
        data-verdict={manuscript.verdict}
        style={{
          borderLeft: `4px solid ${VERDICT_STYLE[manuscript.verdict]}`,
          padding: '0.25rem 0.75rem',
          margin: '0 0 0.5rem',
          fontWeight: 600,
        }}
      >
        {verdict}
      </p>
      <p style={{ margin: '0 0 0.75rem' }}>
        <strong>{t('cms:manuscript:guidelines')}:</strong> {summary}
      </p>
      {manuscript.html !== null ? (
        <article
          className="manuscript-text"
          style={readingStyle}
          // Made safe on the server: text structure only, no scripts, attributes or resources.
          dangerouslySetInnerHTML={{ __html: manuscript.html }}
        />
      ) : manuscript.pdf ? (
        <iframe
          title={t('cms:manuscript:pdf')}
          src={manuscript.pdf}
          style={{ width: '100%', height: '70vh', border: '1px solid var(--theme-elevation-150)' }}
        />
      ) : (
        <p>
          {manuscript.format === 'doc' ? t('cms:manuscript:doc') : t('cms:manuscript:unreadable')}
        </p>
      )}
      <p style={{ marginTop: '0.5rem' }}>
        <a href={download}>{t('cms:manuscript:download', { filename: manuscript.filename })}</a>
      </p>
    </section>
  )
}
