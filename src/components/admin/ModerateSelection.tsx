'use client'

import { Button, useAuth, useSelection, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { canAlways } from '@/access/gate'
import type { AdminKey, AdminTranslations } from '@/i18n/admin'

import { moderateComments, VERDICTS, type Verdict } from './moderation'

/**
 * Above the comments list: Approve, Spam and Reject for the rows ticked in the list, one click
 * each. The collection's endpoint (src/collections/Comments/endpoints/moderate.ts) checks the
 * moderator's rights and moderates all of them or none; the list and the counts above it are then
 * reloaded from the server.
 */
export function ModerateSelection() {
  const { getSelectedIds, count } = useSelection()
  const { user } = useAuth()
  const router = useRouter()
  const { t } = useTranslation<AdminTranslations, AdminKey>()
  const [state, setState] = useState<{ busy?: boolean; error?: string }>({})

  const moderate = async (status: Verdict) => {
    setState({ busy: true })
    const result = await moderateComments(getSelectedIds(), status)
    if (!result.ok) {
      return setState({
        error: result.message ?? t('cms:moderation:act:failed', { status: result.status }),
      })
    }
    setState({})
    router.refresh()
  }

  // Shown only to those who may moderate, and only once rows are ticked.
  if (!count || !canAlways(user, 'comments', 'moderate')) return null
  return (
    <div style={{ display: 'flex', gap: '0.75rem', alignItems: 'center', marginBottom: '1rem' }}>
      {VERDICTS.map((action) => (
        <Button
          key={action.status}
          buttonStyle={action.status === 'approved' ? 'primary' : 'secondary'}
          disabled={state.busy}
          margin={false}
          onClick={() => moderate(action.status)}
        >
          {t(action.selection)} ({count})
        </Button>
      ))}
      {state.error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)', margin: 0 }}>
          {state.error}
        </p>
      )}
    </div>
  )
}
