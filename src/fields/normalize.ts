import type { FieldHook } from 'payload'

/** Trim text fields, and store e-mail addresses in lower case so policy look-ups match. */
export const trimText: FieldHook = ({ value }) => (typeof value === 'string' ? value.trim() : value)
export const lowerCaseEmail: FieldHook = ({ value }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value
