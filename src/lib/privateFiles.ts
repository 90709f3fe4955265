/**
 * The database, its backups and the secrets hold every account's password hash and every
 * reader's e-mail address, so they are readable by the site's own system user only, whatever the
 * umask: folders 0700 and files 0600 (like data/payload-secret and data/demo-credentials.txt).
 *
 * Only what we create (or replace whole, as a restore does) is set: an existing folder or file keeps
 * the mode someone gave it.
 */
import fs from 'node:fs'
import path from 'node:path'

export const PRIVATE_FOLDER_MODE = 0o700
export const PRIVATE_FILE_MODE = 0o600

/** Creates `folder` and any missing parents, 0700. */
export function makePrivateFolder(folder: string): void {
  fs.mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE })
}

/**
 * Creates `file` empty and 0600 unless it exists, for a program that will write it (SQLite,
 * pg_dump): they open an existing file as it is, where a file they create themselves would get
 * the umask's mode. SQLite gives the database's -wal, -shm and -journal files the database file's
 * mode, so those are private too.
 */
export function createPrivateFile(file: string): void {
  try {
    fs.writeFileSync(file, '', { flag: 'wx', mode: PRIVATE_FILE_MODE })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
}

/** Makes `folder` and every folder under it 0700, every file 0600 (a copied tree keeps its source's modes). */
export function makeTreePrivate(folder: string): void {
  fs.chmodSync(folder, PRIVATE_FOLDER_MODE)
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    fs.chmodSync(
      path.join(entry.parentPath, entry.name),
      entry.isDirectory() ? PRIVATE_FOLDER_MODE : PRIVATE_FILE_MODE,
    )
  }
}
