'use client'

import { Button, useAuth, useSelection, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { canAlways } from '@/access/gate'
import type { AdminKey, AdminTranslations } from '@/i18n/admin'

const ACTIONS = [
  { status: 'approved', label: 'cms:moderation:act:approve' },
  { status: 'spam', label: 'cms:moderation:act:spam' },
  { status: 'rejected', label: 'cms:moderation:act:reject' },
] as const

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

  const moderate = async (status: (typeof ACTIONS)[number]['status']) => {
    setState({ busy: true })
    const response = await fetch('/api/comments/moderate', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ids: getSelectedIds(), status }),
    })
    const body = await response.json().catch(() => ({}))
    if (!response.ok) {
      return setState({
        error:
          body.errors?.[0]?.message ?? t('cms:moderation:act:failed', { status: response.status }),
      })
    }
    setState({})
    router.refresh()
  }

  // Shown only to those who may moderate, and only once rows are ticked.
  if (!count || !canAlways(user, 'comments', 'moderate')) return null
  return (
    <div style={{ display: 'flex', gap: '0.75rem', alignItems: 'center', marginBottom: '1rem' }}>
      {ACTIONS.map((action) => (
        <Button
          key={action.status}
          buttonStyle={action.status === 'approved' ? 'primary' : 'secondary'}
          disabled={state.busy}
          margin={false}
          onClick={() => moderate(action.status)}
        >
          {t(action.label)} ({count})
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
