'use client'

import { Button, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import type { AdminKey, AdminTranslations } from '@/i18n/admin'

/**
 * The review desk's "Convert to draft article" button, in a submission's sidebar. The work is
 * done by the collection's endpoint (src/collections/Submissions/endpoints/convertToDraft.ts),
 * which checks the editor's access; this only calls it and opens the new draft.
 */
export function ConvertToDraft() {
  const { id } = useDocumentInfo()
  const router = useRouter()
  const { t } = useTranslation<AdminTranslations, AdminKey>()
  const status = useFormFields(([fields]) => fields.status?.value)
  const article = useFormFields(([fields]) => fields.article?.value)
  const [state, setState] = useState<{ busy?: boolean; error?: string }>({})

  if (!id) return null
  if (article) {
    const articleId =
      typeof article === 'object' ? (article as { id: string | number }).id : article
    return <a href={`/admin/collections/articles/${articleId}`}>{t('cms:convert:open')}</a>
  }

  const convert = async () => {
    setState({ busy: true })
    const response = await fetch(`/api/submissions/${id}/convert-to-draft`, {
      method: 'POST',
      credentials: 'include',
    })
    const body = await response.json().catch(() => ({}))
    if (!response.ok)
      return setState({
        error: body.errors?.[0]?.message ?? t('cms:convert:failed', { status: response.status }),
      })
    router.push(`/admin/collections/articles/${body.article.id}`)
  }

  return (
    <div style={{ marginBottom: '1.5rem' }}>
      <Button
        buttonStyle="secondary"
        disabled={status !== 'accepted' || state.busy}
        onClick={convert}
      >
        {state.busy ? t('cms:convert:busy') : t('cms:convert:button')}
      </Button>
      {status !== 'accepted' && <p style={{ margin: 0 }}>{t('cms:convert:acceptFirst')}</p>}
      {state.error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)', margin: 0 }}>
          {state.error}
        </p>
      )}
    </div>
  )
}
