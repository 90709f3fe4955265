/**
 * The failover check's writes: comments and manuscripts posted as browsers without JavaScript post
 * the public forms (no token, no honeypot: held for moderation, never taken for a bot), each from an
 * address of its own, each carrying a unique marker (the e-mail's local part) that the database can
 * be searched for afterwards, and judged by the answer the reader got.
 */
import type { IncomingHttpHeaders } from 'node:http'

import { pdfBytes } from '../../tests/helpers/files'

import { multipart, readerAddress, request } from './http'

/** Every fifth write is a manuscript (heavier: a PDF checked and put in the bucket). */
const SUBMISSION_EVERY = 5
const PDF = pdfBytes()

export type Write = {
  kind: 'comment' | 'submission'
  marker: string
  /** 0: no HTTP answer at all. */
  status: number
  location: string
  /** A refused form's reasons, from its flash cookie (src/lib/forms/flash.ts), or the network error. */
  error?: string
  /** Sent and answered, in ms since the load started. */
  sent: number
  answered: number
}

/** Stored, as far as the reader was told: a 303 to the form's success page. */
export const acknowledged = (write: Write) =>
  write.status === 303 &&
  (write.kind === 'comment' ? /[?&]comment=(held|published)/ : /\/submit\/thanks\?ref=TT-/).test(
    write.location,
  )

/** The errors a refused no-JavaScript form carries back to the page in its flash cookie. */
function refusalOf(headers: IncomingHttpHeaders): string | undefined {
  for (const cookie of headers['set-cookie'] ?? []) {
    const value = cookie.split(';')[0].split('=').slice(1).join('=')
    try {
      const { errors } = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as {
        errors?: unknown
      }
      if (errors) return JSON.stringify(errors)
    } catch {
      // Not a flash cookie.
    }
  }
  return undefined
}

/**
 * Cut off by the crash: no answer, or nginx's own 502/504 for a request that had reached A (nginx
 * does not send a POST twice). Every other failure is a refusal by the site: none is expected, since
 * every write is valid and comes from an address of its own.
 */
export const cutOff = (write: Write) => [0, 502, 504].includes(write.status)

/** One reader's write to `base`, from its own address; times in ms since `start`. */
export async function sendWrite(
  base: string,
  runId: string,
  articleId: string,
  sequence: number,
  start: number,
): Promise<Write> {
  const kind = sequence % SUBMISSION_EVERY === SUBMISSION_EVERY - 1 ? 'submission' : 'comment'
  const marker = `w${sequence}`
  const email = `${marker}@${runId}.example.org`
  let body: Buffer
  let contentType: string
  if (kind === 'comment') {
    const form = new URLSearchParams({
      article: articleId,
      locale: 'en',
      authorName: `Reader ${sequence}`,
      authorEmail: email,
      body: `Load comment ${marker} of ${runId}.`,
    })
    body = Buffer.from(form.toString())
    contentType = 'application/x-www-form-urlencoded'
  } else {
    const form = new FormData()
    for (const [name, value] of Object.entries({
      locale: 'en',
      name: `Author ${sequence}`,
      email,
      bio: 'Writes under load.',
      kind: 'analysis',
      title: `Load manuscript ${marker}`,
      abstract: 'Sent while an instance dies.',
      language: 'en',
      consent: 'on',
    }))
      form.append(name, value)
    form.append(
      'file',
      new Blob([new Uint8Array(PDF)], { type: 'application/pdf' }),
      `load-${marker}.pdf`,
    )
    ;({ body, contentType } = await multipart(form))
  }
  const sent = Date.now() - start
  const path = kind === 'comment' ? '/comments' : '/submissions'
  try {
    const answer = await request(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': contentType, accept: 'text/html' },
      body,
      from: readerAddress(),
    })
    return {
      kind,
      marker,
      status: answer.status,
      location: String(answer.headers.location ?? ''),
      error: refusalOf(answer.headers),
      sent,
      answered: answer.at - start,
    }
  } catch (error) {
    return {
      kind,
      marker,
      status: 0,
      location: '',
      error: (error as Error).message,
      sent,
      answered: Date.now() - start,
    }
  }
}

/** Statuses of what was not acknowledged, with when (seconds after the kill) they were answered. */
export function failures(writes: Write[], killedAt: number) {
  const byStatus = new Map<string, number[]>()
  for (const write of writes.filter((write) => !acknowledged(write))) {
    const key =
      write.status === 0
        ? `no answer (${write.error})`
        : `${write.status}${write.location ? ` → ${write.location}` : ''}${write.error ? ` ${write.error}` : ''}`
    byStatus.set(key, [...(byStatus.get(key) ?? []), (write.answered - killedAt) / 1000])
  }
  return [...byStatus].map(([status, times]) => ({
    status,
    count: times.length,
    secondsAfterKill: `${Math.min(...times).toFixed(1)} … ${Math.max(...times).toFixed(1)}`,
  }))
}
