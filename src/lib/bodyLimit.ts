/**
 * Request bodies are read with a ceiling, counted as the bytes arrive: a client that sends no
 * Content-Length (a chunked body) or a false one is stopped at the ceiling, not after the whole
 * body is in memory. Anything over it is answered 413.
 */
export class BodyTooLarge extends Error {
  readonly status = 413
  constructor(public maxBytes: number) {
    super(`The request body is larger than ${maxBytes} bytes.`)
  }
}

/**
 * After a 413, the rest of the body is read and thrown away for a while, as nginx does ("lingering
 * close"): a client still sending would otherwise meet a reset connection instead of the answer.
 * Bounded in bytes and time, then the connection is cut.
 */
const DISCARD_MAX_BYTES = 64 * 1024 * 1024
const DISCARD_MAX_MS = 5_000

async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  const deadline = Date.now() + DISCARD_MAX_MS
  let discarded = 0
  try {
    while (discarded < DISCARD_MAX_BYTES && Date.now() < deadline) {
      const { done, value } = await reader.read()
      if (done) return
      discarded += value.byteLength
    }
    await reader.cancel()
  } catch {
    // The client went away: nothing left to discard.
  }
}

/** The whole body, or BodyTooLarge as soon as it passes `maxBytes` (the rest is never kept). */
export async function readBody(request: Request, maxBytes: number): Promise<Buffer> {
  const reader = request.body?.getReader()
  if (!reader) return Buffer.alloc(0)
  const tooLarge = () => {
    void discardRest(reader)
    return new BodyTooLarge(maxBytes)
  }
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) throw tooLarge()
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/** The same request with its body read under the ceiling, for handlers that read it themselves. */
export async function withBodyRead(request: Request, maxBytes: number): Promise<Request> {
  if (request.method === 'GET' || request.method === 'HEAD') return request
  const body = await readBody(request, maxBytes)
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: new Uint8Array(body),
    signal: request.signal,
  })
}

/** The form fields of a body read under the ceiling; null when the body is no form at all. */
export async function readForm(request: Request, maxBytes: number): Promise<FormData | null> {
  return (await withBodyRead(request, maxBytes)).formData().catch(() => null)
}

type Handler<Rest extends unknown[]> = (request: Request, ...rest: Rest) => Promise<Response>

/**
 * Payload's REST and GraphQL handlers read JSON bodies whole, without a limit of their own: they
 * get the body only once it has been read under `maxBytes`.
 */
export function limitBody<Rest extends unknown[]>(
  handler: Handler<Rest>,
  maxBytes: number,
): Handler<Rest> {
  return async (request, ...rest) => {
    let read: Request
    try {
      read = await withBodyRead(request, maxBytes)
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error
      return Response.json(
        { errors: [{ message: error.message }] },
        { status: 413, headers: { Connection: 'close' } },
      )
    }
    return handler(read, ...rest)
  }
}
