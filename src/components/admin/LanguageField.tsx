'use client'

import { SelectField, useDocumentInfo } from '@payloadcms/ui'
import type { SelectFieldClientProps } from 'payload'

/**
 * A staff account's language: chosen by the admin who creates the account, read-only afterwards,
 * since from then on Payload's language picker on the account page is the one control
 * (AdminLanguageSync stores what it picks here).
 */
export function LanguageField(props: SelectFieldClientProps) {
  const { id } = useDocumentInfo()
  return <SelectField {...props} readOnly={props.readOnly || id !== undefined} />
}
