'use client'

import {
  Button,
  FormSubmit,
  PublishButton,
  useAuth,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormFields,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'

import { canAlways } from '@/access/gate'
import type { AdminKey, AdminTranslations } from '@/i18n/admin'

type ReviewState = 'none' | 'in-review' | 'changes-requested'

/**
 * Saves the open article as a draft with a new review state, the way Payload's own "Save draft"
 * does (same endpoint, same form), so the text on screen and the state change travel together.
 */
function useSaveWithReviewState() {
  const { id } = useDocumentInfo()
  const { submit } = useForm()
  const { code: locale } = useLocale()
  const { config } = useConfig()
  return (reviewState: ReviewState) =>
    submit({
      action: `${config.routes.api}/articles${id ? `/${id}` : ''}?locale=${locale}&depth=0&fallback-locale=null&draft=true`,
      method: id ? 'PATCH' : 'POST',
      overrides: { _status: 'draft', reviewState },
    })
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
