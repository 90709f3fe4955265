'use client'

import {
  Button,
  FormSubmit,
  PublishButton,
  toast,
  useAuth,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormFields,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'

import { canAlways } from '@/access/gate'
import { pluralForm, type AdminKey, type AdminTranslations } from '@/i18n/admin'
import { readReviewNotice, type ReviewNotice } from '@/lib/reviewNotice'

import { needsActionStyle } from './adminFormat'

type ReviewState = 'none' | 'in-review' | 'changes-requested'

/** The confirmation of a step: what happened and how many people were e-mailed (src/lib/reviewNotice.ts). */
function useConfirmation() {
  const { t, i18n } = useTranslation<AdminTranslations, AdminKey>()
  return ({ step, told }: ReviewNotice) => {
    const count = { count: told }
    if (step === 'in-review')
      return told
        ? t(`cms:review:sentForReview:${pluralForm(i18n.language, told)}`, count)
        : t('cms:review:sentForReviewToNobody')
    return told
      ? t(`cms:review:changesRequestedSent:${pluralForm(i18n.language, told)}`, count)
      : t('cms:review:changesRequestedToNobody')
  }
}

/**
 * Saves the open article as a draft with a new review state, the way Payload's own "Save draft"
 * does (same endpoint, same form), so the text on screen and the state change travel together.
 * Instead of Payload's "Draft saved successfully" it confirms the step and who was told.
 */
function useSaveWithReviewState() {
  const { id } = useDocumentInfo()
  const { submit } = useForm()
  const { code: locale } = useLocale()
  const { config } = useConfig()
  const confirmation = useConfirmation()
  return async (reviewState: ReviewState) => {
    const result = await submit({
      action: `${config.routes.api}/articles${id ? `/${id}` : ''}?locale=${locale}&depth=0&fallback-locale=null&draft=true`,
      method: id ? 'PATCH' : 'POST',
      overrides: { _status: 'draft', reviewState },
      disableSuccessStatus: true,
    })
    // Refusals have been shown by the form already; a save that took no step says nothing more.
    const notice = result?.res?.ok ? readReviewNotice(result.res.headers) : undefined
    if (notice) toast.success(confirmation(notice), { duration: 10_000 })
  }
}

const useReviewState = () =>
  useFormFields(([fields]) => fields.reviewState?.value as ReviewState | undefined)

/**
 * Where editors have Publish (with its Schedule menu), interns have "Submit for review": they
 * never see a control they may not use. The server refuses an intern's publish either way.
 */
export function PublishOrSubmitForReview() {
  const { user } = useAuth()
  const { t } = useTranslation<AdminTranslations, AdminKey>()
  const reviewState = useReviewState()
  const save = useSaveWithReviewState()
  if (canAlways(user, 'articles', 'publish')) return <PublishButton />
  const waiting = reviewState === 'in-review'
  return (
    <FormSubmit
      buttonId="action-submit-for-review"
      type="button"
      size="medium"
      disabled={waiting}
      onClick={() => void save('in-review')}
    >
      {waiting ? t('cms:review:inReview') : t('cms:review:submit')}
    </FormSubmit>
  )
}

/** Under the message to the authors, for editors, while the draft waits for review. */
export function RequestChangesButton() {
  const { user } = useAuth()
  const { t } = useTranslation<AdminTranslations, AdminKey>()
  const reviewState = useReviewState()
  const save = useSaveWithReviewState()
  if (!canAlways(user, 'articles', 'requestChanges') || reviewState !== 'in-review') return null
  return (
    <Button buttonStyle="secondary" size="small" onClick={() => void save('changes-requested')}>
      {t('cms:review:requestChanges')}
    </Button>
  )
}

/**
 * Above the article, while changes are requested: the editors' message in full, where the authors
 * start reading, not greyed out at the bottom of the sidebar. Gone once the draft is sent back.
 */
export function ChangesRequestedNotice() {
  const { t } = useTranslation<AdminTranslations, AdminKey>()
  const reviewState = useReviewState()
  const note = useFormFields(([fields]) => fields.reviewNote?.value as string | null | undefined)
  if (reviewState !== 'changes-requested' || !note?.trim()) return null
  return (
    <section
      className="changes-requested-notice"
      role="note"
      aria-labelledby="changes-requested-title"
      style={{ ...needsActionStyle, marginBottom: '1.5rem' }}
    >
      <h3 id="changes-requested-title" style={{ margin: '0 0 0.5rem' }}>
        {t('cms:review:editorsAsk')}
      </h3>
      <p style={{ whiteSpace: 'pre-wrap', margin: '0 0 0.5rem' }}>{note}</p>
      <p style={{ margin: 0, opacity: 0.8 }}>{t('cms:review:thenResubmit')}</p>
    </section>
  )
}
