/**
 * The check's HTTP client, on node:http rather than fetch: each request can leave from a loopback
 * address of its own (`from`), and every request has a deadline. nginx passes the connection's
 * address on as X-Forwarded-For (overwriting any a client sends), and the site's per-address limits
 * (comment flood, one submission per address at a time) count it; so a client that should look like
 * another reader connects from another address, as another reader would. All of 127.0.0.0/8 is
 * loopback on Linux.
 */
import http from 'node:http'

export type Answer = {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
  text: () => string
  json: <T = Record<string, unknown>>() => T
  /** When the whole answer had arrived (Date.now(): comparable with nginx's log). */
  at: number
}

export type RequestOptions = {
  method?: string
  headers?: Record<string, string>
  body?: Buffer | string
  /** The local address to connect from. */
  from?: string
  timeoutMs?: number
}

const DEFAULT_TIMEOUT_MS = 30_000

/** One request on a connection of its own; rejects on a network error or at the deadline. */
export function request(url: string, options: RequestOptions = {}): Promise<Answer> {
  const body = typeof options.body === 'string' ? Buffer.from(options.body) : options.body
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      url,
      {
        method: options.method ?? 'GET',
        headers: { ...options.headers, ...(body ? { 'content-length': String(body.length) } : {}) },
        localAddress: options.from,
        agent: false,
        timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('error', reject)
        response.on('end', () => {
          const bytes = Buffer.concat(chunks)
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: bytes,
            text: () => bytes.toString('utf8'),
            json: <T>() => JSON.parse(bytes.toString('utf8')) as T,
            at: Date.now(),
          })
        })
      },
    )
    outgoing.on('timeout', () =>
      outgoing.destroy(new Error(`no answer within ${options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms`)),
    )
    outgoing.on('error', reject)
    outgoing.end(body)
  })
}

/** A multipart body as a browser encodes it (the platform's encoder), for node:http. */
export async function multipart(form: FormData): Promise<{ body: Buffer; contentType: string }> {
  const encoded = new Request('http://encode.invalid/', { method: 'POST', body: form })
  return {
    body: Buffer.from(await encoded.arrayBuffer()),
    contentType: encoded.headers.get('content-type')!,
  }
}

/**
 * A new loopback address for each simulated reader: 127.1.0.1, 127.1.0.2, … (never .0 or .255).
 * 127.0.0.1 stays the check's own address (editors, pollers).
 */
let readers = 0
export function readerAddress(): string {
  const sequence = readers++
  const host = (sequence % 254) + 1
  const block = Math.floor(sequence / 254)
  return `127.${1 + Math.floor(block / 256)}.${block % 256}.${host}`
}
