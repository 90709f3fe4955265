import path from 'node:path'

/**
 * Another database beside `uri`, for a test that needs a second one (a restore target): a file
 * next to a SQLite file, or a database of that name on the same server (PostgreSQL, MongoDB).
 */
export function siblingDatabaseUri(uri: string, name: string): string {
  if (uri.startsWith('file:'))
    return `file:${path.join(path.dirname(uri.slice('file:'.length)), name, 'cms.db')}`
  const url = new URL(uri)
  url.pathname = `/${url.pathname.slice(1)}_${name}`
  return url.toString()
}
