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

  // Payload's own field classes, so the inputs look like the rest of the admin.
  const text = (name: string, label: string, type: 'text' | 'email', maxLength?: number) => (
    <div className={`field-type ${type}`}>
      <label className="field-label" htmlFor={`invite-${name}`}>
        {label}
      </label>
      <div className="field-type__wrap">
        <input
          id={`invite-${name}`}
          name={name}
          type={type}
          maxLength={maxLength}
          required
          autoComplete="off"
        />
      </div>
    </div>
  )
  const choice = (name: string, label: string, options: [string, string][], initial: string) => (
    <div className="field-type">
      <label className="field-label" htmlFor={`invite-${name}`}>
        {label}
      </label>
      <select id={`invite-${name}`} name={name} defaultValue={initial}>
        {options.map(([value, optionLabel]) => (
          <option key={value} value={value}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  )
  return (
    <section className="invite-staff" aria-labelledby="invite-staff">
      <h2 id="invite-staff">{t('cms:invite:heading')}</h2>
      <form onSubmit={send}>
        {text('name', t('cms:invite:name'), 'text', 120)}
        {text('email', t('cms:invite:email'), 'email')}
        {choice(
          'role',
          t('cms:invite:role'),
          ROLES.map((role) => [role, t(`cms:invite:roles:${role}`)]),
          'intern',
        )}
        {choice(
          'language',
          t('cms:invite:language'),
          LOCALES.map((locale) => [locale, LOCALE_NAMES[locale]]),
          'en',
        )}
        <Button type="submit" buttonStyle="secondary" disabled={busy} margin={false}>
          {busy ? t('cms:invite:busy') : t('cms:invite:button')}
        </Button>
      </form>
      <p className="field-description">{t('cms:invite:explain')}</p>
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
