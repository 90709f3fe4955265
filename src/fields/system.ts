import type { Field } from 'payload'

/**
 * A field only hooks write (a stamp, a count, an index): nobody may set it through any API, and
 * the admin shows it read-only in the sidebar. Hooks still set it, after access is applied.
 */
export const systemField = <T extends Field & { name: string }>(field: T): T => ({
  ...field,
  access: { ...('access' in field ? field.access : {}), create: () => false, update: () => false },
  admin: { position: 'sidebar', readOnly: true, ...field.admin },
})
