/**
 * Vitest setup file, run before each test file's own imports: every test file gets its own
 * temporary folder, database, upload folder, secret and mail outbox, even when a module it
 * imports loads the Payload config straight away.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** A temp SQLite file, or a fresh database on the TEST_DATABASE_URI server (PostgreSQL or MongoDB). */
function testDatabaseUri(tempDir: string): string {
  const shared = process.env.TEST_DATABASE_URI
  if (!shared) return `file:${path.join(tempDir, 'cms.db')}`
  const url = new URL(shared)
  url.pathname = `/thinktank_test_${crypto.randomBytes(6).toString('hex')}`
  return url.toString()
}

const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thinktank-test-'))
process.env.TEST_TEMP_DIR = tempDir
process.env.DATABASE_URI = testDatabaseUri(tempDir)
process.env.UPLOAD_DIR = path.join(tempDir, 'uploads')
process.env.PAYLOAD_SECRET = crypto.randomBytes(24).toString('hex')
process.env.MAIL_OUTBOX = path.join(tempDir, 'outbox.jsonl')
delete process.env.SMTP_HOST
// Tests stand in for the proxy in front (nginx): each sends the reader's address in X-Forwarded-For.
process.env.TRUSTED_PROXIES = 'loopback'
// Tests run due jobs themselves (payload.jobs.run()), so nothing happens behind their back.
process.env.JOBS_AUTORUN = 'false'
