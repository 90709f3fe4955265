import crypto from 'node:crypto'

import type { CollectionBeforeOperationHook } from 'payload'

/**
 * `article.docx` → `article-3f9c2a7e.docx`: a stored name nobody else's upload can have.
 * Payload makes a name unique by looking for it in the database and on disk and then counting up
 * (`article-1.docx`), two steps that parallel uploads of one name (on one server or several) all
 * pass before any is stored: all but one were then refused with "filename must be unique", a
 * server's collision answered as if it were the sender's mistake. A random part makes the name
 * unique before Payload looks; its own check still guards the rest. It also keeps the names of
 * readers' files from being guessed one after the other.
 */
export function withRandomPart(name: string): string {
  const dot = name.lastIndexOf('.')
  const [base, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, '']
  return `${base}-${crypto.randomBytes(4).toString('hex')}${extension}`
}

/** For upload collections: every new or replaced file gets a stored name of its own. */
export const uniqueFileName: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file?.name)
    req.file.name = withRandomPart(req.file.name)
  return args
}
