'use client'

import { Button, useAuth, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { canAlways } from '@/access/gate'
import { COMMENT_LIMITS } from '@/collections/Comments/limits'
import type { AdminKey, AdminTranslations } from '@/i18n/admin'
import type { Comment } from '@/payload-types'

type State = { busy?: boolean; error?: string; replyId?: Comment['id'] }

/**
 * In a comment's edit view, for moderators: a reply as the think tank, published at once through
 * POST /api/comments/:id/reply (src/collections/Comments/endpoints/reply.ts), which decides
 * everything else (thread, author, staff mark, notification).
 */
export function StaffReply() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { t } = useTranslation<AdminTranslations, AdminKey>()
  const [body, setBody] = useState('')
  const [state, setState] = useState<State>({})

  if (!id || !canAlways(user, 'comments', 'moderate')) return null

  const send = async () => {
    setState({ busy: true })
    const response = await fetch(`/api/comments/${encodeURIComponent(String(id))}/reply`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ body }),
    })
    const answer = await response.json().catch(() => ({}))
    if (!response.ok) {
      return setState({
        error:
          answer.errors?.[0]?.message ?? t('cms:staffReply:failed', { status: response.status }),
      })
    }
    setBody('')
    setState({ replyId: answer.doc.id })
  }

  return (
    <div className="field-type textarea" style={{ marginBottom: '1.5rem' }}>
      <label className="field-label" htmlFor="staff-reply">
        {t('cms:staffReply:label')}
      </label>
      <div className="textarea-outer">
        <textarea
          id="staff-reply"
          className="textarea-element"
          rows={4}
          maxLength={COMMENT_LIMITS.body}
          value={body}
          onChange={(event) => setBody(event.target.value)}
        />
      </div>
      <p className="field-description">{t('cms:staffReply:description')}</p>
      <div style={{ display: 'flex', gap: '0.75rem', alignItems: 'center' }}>
        <Button
          buttonStyle="secondary"
          margin={false}
          disabled={state.busy || !body.trim()}
          onClick={send}
        >
          {state.busy ? t('cms:staffReply:sending') : t('cms:staffReply:send')}
        </Button>
        {state.replyId !== undefined && (
          <p role="status" style={{ margin: 0 }}>
            {t('cms:staffReply:sent')}{' '}
            <a href={`/admin/collections/comments/${state.replyId}`}>{t('cms:staffReply:open')}</a>
          </p>
        )}
        {state.error && (
          <p role="alert" style={{ color: 'var(--theme-error-500)', margin: 0 }}>
            {state.error}
          </p>
        )}
      </div>
    </div>
  )
}
