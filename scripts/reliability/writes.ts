/**
 * The write load: anonymous comments (JSON) and manuscript submissions (multipart), each carrying a
 * unique marker so the database can be searched for it afterwards. Sent over node:http with one
 * keep-alive agent so the number of TCP connections actually used can be counted.
 */
import http from 'node:http'

import { pdfBytes } from '../../tests/helpers/files'

export type WriteKind = 'comment' | 'submission'

/** One write as the client saw it; status 0 means no HTTP answer (connection refused or reset). */
export type WriteOutcome = { kind: WriteKind; marker: string; status: number; ms: number }

type Payload = { path: string; body: Buffer; headers: Record<string, string> }

const PDF = pdfBytes()

/** Markers go into the comment body and the submitter's e-mail, both stored verbatim. */
export const markerEmail = (marker: string) => `${marker}@load.example.org`

/** A distinct private address per request: the flood limit is per IP hash and per e-mail. */
function ipFor(sequence: number): string {
  return `10.${(sequence >> 16) & 255}.${(sequence >> 8) & 255}.${sequence & 255}`
}

/** `articleId` is opaque (a number on SQLite, a uuid on PostgreSQL): sent back as the API gave it. */
function commentPayload(articleId: string | number, marker: string, sequence: number): Payload {
  const body = JSON.stringify({
    article: articleId,
    authorName: `Load tester ${sequence}`,
    authorEmail: markerEmail(marker),
    body: `Reliability load comment ${marker}: does every acknowledged write survive?`,
  })
  return {
    path: '/api/comments',
    body: Buffer.from(body),
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ipFor(sequence) },
  }
}

async function submissionPayload(marker: string, sequence: number): Promise<Payload> {
  const form = new FormData()
  form.append(
    '_payload',
    JSON.stringify({
      name: `Load author ${sequence}`,
      email: markerEmail(marker),
      bio: 'Writes about reliability.',
      kind: 'analysis',
      title: `Load submission ${marker}`,
      abstract: 'A manuscript sent while many others are sent.',
      language: 'en',
      consent: true,
    }),
  )
  form.append(
    'file',
    new Blob([new Uint8Array(PDF)], { type: 'application/pdf' }),
    `manuscript-${marker}.pdf`,
  )
  // Let the platform encode the multipart body and its boundary, then send the bytes over node:http.
  const encoded = new Request('http://encode.invalid/', { method: 'POST', body: form })
  const body = Buffer.from(await encoded.arrayBuffer())
  return {
    path: '/api/submissions',
    body,
    headers: {
      'content-type': encoded.headers.get('content-type')!,
      'x-forwarded-for': ipFor(sequence),
    },
  }
}

/** A keep-alive agent that remembers every socket it opened. */
export function countingAgent(maxSockets: number): {
  agent: http.Agent
  connections: () => number
} {
  const agent = new http.Agent({ keepAlive: true, maxSockets })
  const sockets = new Set<unknown>()
  const createConnection = agent.createConnection.bind(agent)
  agent.createConnection = ((options: object, callback: () => void) => {
    const socket = createConnection(options, callback)
    sockets.add(socket)
    return socket
  }) as typeof agent.createConnection
  return { agent, connections: () => sockets.size }
}

function send(baseURL: string, agent: http.Agent, payload: Payload): Promise<number> {
  return new Promise((resolve) => {
    const request = http.request(
      `${baseURL}${payload.path}`,
      {
        method: 'POST',
        agent,
        headers: { ...payload.headers, 'content-length': String(payload.body.length) },
        timeout: 60_000,
      },
      (response) => {
        response.resume()
        response.on('end', () => resolve(response.statusCode ?? 0))
        response.on('error', () => resolve(0))
      },
    )
    request.on('timeout', () => request.destroy())
    request.on('error', () => resolve(0))
    request.end(payload.body)
  })
}

/** Posts one write: every eleventh a submission (550 writes = 500 comments + 50 submissions). */
export async function postWrite(
  baseURL: string,
  agent: http.Agent,
  articleId: string | number,
  marker: string,
  sequence: number,
): Promise<WriteOutcome> {
  const kind: WriteKind = sequence % 11 === 10 ? 'submission' : 'comment'
  const payload =
    kind === 'comment'
      ? commentPayload(articleId, marker, sequence)
      : await submissionPayload(marker, sequence)
  const started = performance.now()
  const status = await send(baseURL, agent, payload)
  return { kind, marker, status, ms: performance.now() - started }
}

/**
 * Runs `next()` on `concurrency` workers until it returns null: a fixed-size pool, so the number of
 * requests in flight (and so of connections) stays at `concurrency`.
 */
export async function runPool(
  concurrency: number,
  next: () => Promise<WriteOutcome> | null,
): Promise<WriteOutcome[]> {
  const outcomes: WriteOutcome[] = []
  const worker = async () => {
    for (let pending = next(); pending; pending = next()) outcomes.push(await pending)
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return outcomes
}

/** Counts by status class: 2xx, 429 (flood refusal), other 4xx, 5xx, and no answer at all. */
export function statusCounts(outcomes: WriteOutcome[]) {
  const count = (test: (status: number) => boolean) =>
    outcomes.filter(({ status }) => test(status)).length
  return {
    total: outcomes.length,
    ok: count((s) => s >= 200 && s < 300),
    refused429: count((s) => s === 429),
    other4xx: count((s) => s >= 400 && s < 500 && s !== 429),
    server5xx: count((s) => s >= 500),
    noAnswer: count((s) => s === 0),
  }
}
