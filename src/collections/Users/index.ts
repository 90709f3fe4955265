import type { CollectionConfig } from 'payload'

import { accessOf, fieldAccess, hiddenUnless } from '@/access'
import { ROLES } from '@/access/roles'
import { collectionLabels, inEveryLanguage } from '@/i18n/admin'
import { DEFAULT_LOCALE, LOCALE_NAMES, LOCALES } from '@/i18n/config'
import { servedOverHttps } from '@/lib/config/site'

import { invite } from './endpoints/invite'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { forgiveSuccessfulLogin, limitLoginAttempts } from './hooks/limitLoginFailures'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: collectionLabels('users'),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'author', 'updatedAt'],
    group: inEveryLanguage((t) => t.groups.administration),
    // An intern reads only their own account, which the account menu opens.
    hidden: hiddenUnless('users', 'read'),
    // Admins invite staff by e-mail; nobody types a password for someone else.
    components: { beforeListTable: ['@/components/admin/InviteStaff#InviteStaff'] },
  },
  endpoints: [invite],
  auth: {
    // The account-wide lock, reached only from many addresses: each one is stopped sooner, per
    // account and overall (hooks/limitLoginFailures.ts), so one source cannot lock anyone out.
    maxLoginAttempts: 30,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: {
      sameSite: 'Lax',
      secure: process.env.NODE_ENV === 'production' && servedOverHttps(),
    },
  },
  access: accessOf('users'),
  hooks: {
    beforeOperation: [limitLoginAttempts],
    beforeChange: [firstUserIsAdmin],
    afterLogin: [forgiveSuccessfulLogin],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'intern',
      options: ROLES.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
      access: fieldAccess('users', 'role'),
      admin: { position: 'sidebar', description: 'Only admins can change roles.' },
    },
    {
      name: 'author',
      label: 'Writes as',
      type: 'relationship',
      relationTo: 'authors',
      access: fieldAccess('users', 'author'),
      admin: {
        position: 'sidebar',
        description: 'The public author profile this account writes as.',
      },
    },
    // The language of this person's e-mails (src/lib/notify.ts), kept equal to the admin language
    // they pick on their account page (src/components/admin/AdminLanguageSync.tsx). Who may set it
    // is who may update the account: its owner, and admins.
    {
      name: 'language',
      label: inEveryLanguage((t) => t.fields.userLanguage.label),
      type: 'select',
      defaultValue: DEFAULT_LOCALE,
      options: LOCALES.map((locale) => ({ label: LOCALE_NAMES[locale], value: locale })),
      admin: {
        position: 'sidebar',
        description: inEveryLanguage((t) => t.fields.userLanguage.description),
        components: { Field: '@/components/admin/LanguageField#LanguageField' },
      },
    },
  ],
}
