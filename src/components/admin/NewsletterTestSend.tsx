'use client'

import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import type { AdminKey, AdminTranslations } from '@/i18n/admin'

const useAdminTranslation = () => useTranslation<AdminTranslations, AdminKey>()

/**
 * "Send me a test": the mail subscribers would get, sent to the signed-in editor only (the
 * mailings' endpoint, src/collections/Mailings/endpoints/testSend.ts, checks who may).
 */
function TestSendButton({ article, label }: { article?: string | number; label: string }) {
  const { t } = useAdminTranslation()
  const [state, setState] = useState<{ busy?: boolean; message?: string; error?: boolean }>({})
  const send = async () => {
    setState({ busy: true })
    const response = await fetch('/api/mailings/test-send', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(article === undefined ? {} : { article }),
    })
    const body = await response.json().catch(() => ({}))
    setState(
      response.ok
        ? { message: body.message }
        : {
            error: true,
            message:
              body.errors?.[0]?.message ?? t('cms:newsletter:notSent', { status: response.status }),
          },
    )
  }
  return (
    <div style={{ margin: '0.5rem 0 1.5rem' }}>
      <Button buttonStyle="secondary" size="small" disabled={state.busy} onClick={send}>
        {state.busy ? t('cms:newsletter:sending') : label}
      </Button>
      {state.message && (
        <p
          role={state.error ? 'alert' : 'status'}
          style={{ margin: 0, color: state.error ? 'var(--theme-error-500)' : undefined }}
        >
          {state.message}
        </p>
      )}
    </div>
  )
}

/** Under an article's "Leave out of newsletter mailings": its mail, from the latest draft. */
export function ArticleTestSend() {
  const { id } = useDocumentInfo()
  const { t } = useAdminTranslation()
  if (!id) return null
  return <TestSendButton article={id} label={t('cms:newsletter:testArticle')} />
}

/** Above the mailings list: the next weekly digest as it stands. */
export function NextDigestTestSend() {
  const { t } = useAdminTranslation()
  return <TestSendButton label={t('cms:newsletter:testDigest')} />
}
