'use client'

import { Button, useAuth, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'

import { canAlways } from '@/access/gate'
import { ROLES } from '@/access/roles'
import type { AdminKey, AdminTranslations } from '@/i18n/admin'
import { LOCALE_NAMES, LOCALES } from '@/i18n/config'

type Answer = { ok: boolean; message: string }

/**
 * Above the staff accounts list, for admins: "Invite a staff member" by name, e-mail, role and
 * language. POST /api/users/invite (src/collections/Users/endpoints/invite.ts) makes the account
 * and e-mails its owner a link to set their own password; nobody types one for them.
 */
export function InviteStaff() {
  const { user } = useAuth()
  const router = useRouter()
  const { t } = useTranslation<AdminTranslations, AdminKey>()
  const [busy, setBusy] = useState(false)
  const [answer, setAnswer] = useState<Answer>()
  if (!canAlways(user, 'users', 'create')) return null

  const send = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    setBusy(true)
    const response = await fetch('/api/users/invite', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(Object.fromEntries(new FormData(form))),
    })
    const body = await response.json().catch(() => ({}))
    setBusy(false)
    if (!response.ok)
      return setAnswer({
        ok: false,
        message: body.errors?.[0]?.message ?? t('cms:invite:failed', { status: response.status }),
      })
    setAnswer({ ok: true, message: t('cms:invite:sent', { email: body.user.email }) })
    form.reset()
    router.refresh()
  }

  const field = { display: 'grid', gap: '0.25rem' } as const
  return (
    <section aria-labelledby="invite-staff" style={{ margin: '0 0 1.5rem' }}>
      <h2 id="invite-staff" style={{ margin: '0 0 0.5rem' }}>
        {t('cms:invite:heading')}
      </h2>
      <form
        onSubmit={send}
        style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem', alignItems: 'end' }}
      >
        <label style={field}>
          {t('cms:invite:name')}
          <input name="name" required maxLength={120} autoComplete="off" />
        </label>
        <label style={field}>
          {t('cms:invite:email')}
          <input name="email" type="email" required autoComplete="off" />
        </label>
        <label style={field}>
          {t('cms:invite:role')}
          <select name="role" defaultValue="intern">
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`cms:invite:roles:${role}`)}
              </option>
            ))}
          </select>
        </label>
        <label style={field}>
          {t('cms:invite:language')}
          <select name="language" defaultValue="en">
            {LOCALES.map((locale) => (
              <option key={locale} value={locale}>
                {LOCALE_NAMES[locale]}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" buttonStyle="secondary" disabled={busy} margin={false}>
          {busy ? t('cms:invite:busy') : t('cms:invite:button')}
        </Button>
      </form>
      <p style={{ margin: '0.25rem 0 0' }}>{t('cms:invite:explain')}</p>
      {answer && (
        <p
          role={answer.ok ? 'status' : 'alert'}
          style={{ margin: '0.25rem 0 0', color: answer.ok ? undefined : 'var(--theme-error-500)' }}
        >
          {answer.message}
        </p>
      )}
    </section>
  )
}
