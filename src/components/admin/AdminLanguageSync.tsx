'use client'

import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { useEffect, useRef, type ReactNode } from 'react'

import { isLocale } from '@/i18n/config'

type StaffUser = { id: number | string; language?: string | null }

const hasCookie = (name: string) =>
  document.cookie.split(/;\s*/).some((pair) => pair.startsWith(`${name}=`))

/**
 * Keeps a staff account's `language` (the language of its e-mails) and the admin language its
 * owner sees the same, with Payload's language picker on the account page as the one control.
 * Payload decides the admin's language from a cookie the picker sets, else the browser's
 * Accept-Language, and never from the account, so:
 * - a browser whose owner picked a language (the cookie is there) stores it on the account;
 * - a browser that never picked one (a first login, a new computer) switches the admin to the
 *   account's language, which the admin who created the account chose.
 */
export function AdminLanguageSync({ children }: { children: ReactNode }) {
  const { user } = useAuth<StaffUser>()
  const { i18n, switchLanguage } = useTranslation()
  const { config } = useConfig()
  // The account's language as this page last stored it: the signed-in user is not read again after the PATCH.
  const stored = useRef<{ id: StaffUser['id']; language: unknown } | null>(null)

  useEffect(() => {
    if (!user) return
    if (stored.current?.id !== user.id) stored.current = { id: user.id, language: user.language }
    const account = stored.current
    const shown = i18n.language
    if (!isLocale(shown) || shown === account.language) return
    if (!hasCookie(`${config.cookiePrefix || 'payload'}-lng`)) {
      if (isLocale(account.language)) void switchLanguage?.(account.language)
      return
    }
    const previous = account.language
    account.language = shown
    void fetch(`${config.serverURL}${config.routes.api}/users/${user.id}?depth=0`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ language: shown }),
    })
      .then((response) => response.ok)
      .catch(() => false)
      .then((saved) => {
        // Tried again at the next change of language or page load.
        if (!saved) account.language = previous
      })
  }, [user, i18n.language, switchLanguage, config])

  return children
}
