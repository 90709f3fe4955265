'use client'

import { Button, useDocumentInfo, useForm, useFormFields, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import type { AdminKey, AdminTranslations } from '@/i18n/admin'

import { adminDateTime } from './adminFormat'

type Draft = { to: string; subject: string; body: string }
type Sent = { to: string; at: string; subject: string; body: string }

const errorOf = async (response: Response, fallback: string) => {
  const body = await response.json().catch(() => ({}))
  return (body.errors?.[0]?.message as string | undefined) ?? fallback
}

/** Payload's own input look, so the editable e-mail reads like the fields around it. */
const fieldStyle = {
  width: '100%',
  marginBottom: '0.5rem',
  padding: '0.5rem 0.75rem',
  font: 'inherit',
  color: 'var(--theme-elevation-800)',
  background: 'var(--theme-input-bg)',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-s)',
} as const

/**
 * The decision e-mail, in a submission's sidebar: saving mails nobody. The editor previews the
 * e-mail composed for the decision chosen in the form, may edit it for this one author, and sends
 * it; the endpoints (src/collections/Submissions/endpoints/decision.ts) check the editor's right.
 */
export function DecisionEmail() {
  const { id } = useDocumentInfo()
  const { dispatchFields } = useForm()
  const { t, i18n } = useTranslation<AdminTranslations, AdminKey>()
  const status = useFormFields(([fields]) => fields.status?.value)
  const to = useFormFields(([fields]) => fields.email?.value as string | undefined)
  const storedAt = useFormFields(
    ([fields]) => fields.decisionEmailedAt?.value as string | undefined,
  )
  const storedSubject = useFormFields(([fields]) => fields.decisionEmailSubject?.value as string)
  const storedBody = useFormFields(([fields]) => fields.decisionEmailBody?.value as string)
  const [draft, setDraft] = useState<Draft>()
  const [sent, setSent] = useState<Sent>()
  const [state, setState] = useState<{ busy?: boolean; error?: string }>({})

  if (!id) return null
  const done =
    sent ??
    (storedAt
      ? { to: to ?? '', at: storedAt, subject: storedSubject, body: storedBody }
      : undefined)
  const decided = status === 'accepted' || status === 'declined'

  const call = async (action: 'preview' | 'send', payload: object) => {
    setState({ busy: true })
    const response = await fetch(`/api/submissions/${id}/decision/${action}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ decision: status, ...payload }),
    })
    if (!response.ok) {
      setState({
        error: await errorOf(response, t('cms:decision:failed', { status: response.status })),
      })
      return undefined
    }
    setState({})
    return response.json()
  }

  const preview = async () => {
    const email = await call('preview', {})
    if (email) setDraft({ to: email.to, subject: email.subject, body: email.body })
  }
  const send = async () => {
    if (!draft) return
    const result = await call('send', { subject: draft.subject, body: draft.body })
    if (!result) return
    setSent({
      to: result.to,
      at: result.decisionEmailedAt,
      subject: result.decisionEmailSubject,
      body: result.decisionEmailBody,
    })
    setDraft(undefined)
    // The form shows what the server now holds: the decision as saved, and when it was e-mailed.
    const saved = {
      status: result.status,
      decisionEmailedAt: result.decisionEmailedAt,
      decisionEmailSubject: result.decisionEmailSubject,
      decisionEmailBody: result.decisionEmailBody,
    }
    for (const [path, value] of Object.entries(saved)) {
      dispatchFields({ type: 'UPDATE', path, value, initialValue: value })
    }
  }

  return (
    <section aria-label={t('cms:decision:heading')} style={{ marginBottom: '1.5rem' }}>
      <h4 style={{ margin: '0 0 0.5rem' }}>{t('cms:decision:heading')}</h4>
      {done ? (
        <div role="status">
          <p style={{ margin: '0 0 0.5rem' }}>
            {t('cms:decision:sent', { to: done.to, date: adminDateTime(done.at, i18n.language) })}
          </p>
          <p style={{ margin: 0, fontWeight: 600 }}>{done.subject}</p>
          <p style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{done.body}</p>
        </div>
      ) : draft ? (
        <div>
          <p style={{ margin: '0 0 0.5rem' }}>
            {t('cms:decision:to')}: <strong>{draft.to}</strong>
          </p>
          <label htmlFor="decision-subject">{t('cms:decision:subject')}</label>
          <input
            id="decision-subject"
            style={fieldStyle}
            value={draft.subject}
            maxLength={200}
            onChange={(event) => setDraft({ ...draft, subject: event.target.value })}
          />
          <label htmlFor="decision-body">{t('cms:decision:body')}</label>
          <textarea
            id="decision-body"
            style={fieldStyle}
            rows={14}
            value={draft.body}
            maxLength={5000}
            onChange={(event) => setDraft({ ...draft, body: event.target.value })}
          />
          <p style={{ margin: '0 0 0.5rem', fontSize: '0.85em' }}>{t('cms:decision:editHint')}</p>
          <Button buttonStyle="primary" disabled={state.busy} onClick={send}>
            {state.busy ? t('cms:decision:sending') : t('cms:decision:send')}
          </Button>{' '}
          <Button buttonStyle="secondary" disabled={state.busy} onClick={() => setDraft(undefined)}>
            {t('cms:decision:cancel')}
          </Button>
        </div>
      ) : (
        <div>
          <p style={{ margin: '0 0 0.5rem' }}>
            {decided ? t('cms:decision:onSave') : t('cms:decision:chooseFirst')}
          </p>
          <Button buttonStyle="secondary" disabled={!decided || state.busy} onClick={preview}>
            {state.busy ? t('cms:decision:previewing') : t('cms:decision:preview')}
          </Button>
        </div>
      )}
      {state.error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)', margin: 0 }}>
          {state.error}
        </p>
      )}
    </section>
  )
}
