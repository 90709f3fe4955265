'use client'

import type { DefaultCellComponentProps, SelectFieldClient } from 'payload'
import { Button, useAuth, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { canAlways } from '@/access/gate'
import type { AdminKey, AdminTranslations } from '@/i18n/admin'
import type { Comment } from '@/payload-types'

import { moderateComments, VERDICTS, type Verdict } from './moderation'

/**
 * The comments list's status column: the comment's status and, for moderators, one-click
 * Approve, Spam and Reject for this row through the moderate endpoint. The row shows its new
 * status in place: the list is not reloaded, so a moderated comment stays in view under a
 * "pending" filter until the moderator moves on.
 */
export function ModerateRow({
  cellData,
  rowData,
}: DefaultCellComponentProps<SelectFieldClient, Comment['status']>) {
  const { user } = useAuth()
  const { t } = useTranslation<AdminTranslations, AdminKey>()
  // The verdict given here, until the server's own value catches up (a reload of the list).
  const [moderated, setModerated] = useState<{ from: Comment['status']; to: Verdict } | null>(null)
  const status = moderated?.from === cellData ? moderated.to : cellData
  const [state, setState] = useState<{ busy?: boolean; error?: string }>({})

  const moderate = async (verdict: Verdict) => {
    setState({ busy: true })
    const result = await moderateComments([rowData.id as Comment['id']], verdict)
    if (!result.ok) {
      return setState({
        error: result.message ?? t('cms:moderation:act:failed', { status: result.status }),
      })
    }
    setModerated({ from: cellData, to: verdict })
    setState({})
  }

  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.4rem', alignItems: 'center' }}>
      <span data-comment-status={status}>{t(`cms:moderation:status:${status}`)}</span>
      {canAlways(user, 'comments', 'moderate') &&
        VERDICTS.filter((action) => action.status !== status).map((action) => (
          <Button
            key={action.status}
            buttonStyle={action.status === 'approved' ? 'primary' : 'secondary'}
            size="small"
            margin={false}
            disabled={state.busy}
            onClick={() => moderate(action.status)}
          >
            {t(action.row)}
          </Button>
        ))}
      {state.error && (
        <span role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {state.error}
        </span>
      )}
    </div>
  )
}
