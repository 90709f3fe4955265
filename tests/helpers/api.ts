/** Small HTTP client for the REST and GraphQL API of a test app. */
export type ApiResponse = { status: number; body: any; headers: Headers }

export type RequestOptions = {
  token?: string
  json?: unknown
  form?: FormData
  headers?: Record<string, string>
}

/**
 * The tests stand in for the proxy in front (TRUSTED_PROXIES=loopback): a request that names no
 * reader's address comes from a new one (100.64.0.0/10), so limits per address only meet the
 * tests that send the same address on purpose.
 */
let readers = 0
const newReaderAddress = () => {
  readers++
  return `100.${64 + ((readers >> 16) & 63)}.${(readers >> 8) & 255}.${readers & 255}`
}

export function apiClient(baseURL: string) {
  async function request(
    method: string,
    path: string,
    options: RequestOptions = {},
  ): Promise<ApiResponse> {
    const headers: Record<string, string> = {
      'x-forwarded-for': newReaderAddress(),
      ...options.headers,
    }
    if (options.token) headers.authorization = `JWT ${options.token}`
    let body: BodyInit | undefined
    if (options.form) body = options.form
    else if (options.json !== undefined) {
      headers['content-type'] = 'application/json'
      body = JSON.stringify(options.json)
    }
    const response = await fetch(`${baseURL}${path}`, { method, headers, body })
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = JSON.parse(text)
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed, headers: response.headers }
  }

  return {
    request,
    get: (path: string, options?: RequestOptions) => request('GET', path, options),
    post: (path: string, options?: RequestOptions) => request('POST', path, options),
    patch: (path: string, options?: RequestOptions) => request('PATCH', path, options),
    delete: (path: string, options?: RequestOptions) => request('DELETE', path, options),
    graphql: (query: string, variables: Record<string, unknown> = {}, token?: string) =>
      request('POST', '/api/graphql', { json: { query, variables }, token }),
    async login(email: string, password: string): Promise<string> {
      const response = await request('POST', '/api/users/login', { json: { email, password } })
      if (response.status !== 200)
        throw new Error(`login failed for ${email}: ${JSON.stringify(response.body)}`)
      return response.body.token as string
    },
  }
}

export type ApiClient = ReturnType<typeof apiClient>

/** The field names a Payload validation error names, whatever its exact shape. */
/** The fields a custom endpoint's refusal names (src/lib/problem.ts). */
export const problemFields = (body: any): string[] =>
  (body?.errors ?? []).map((error: any) => error.path)

export function erroredFields(body: any): string[] {
  return (body?.errors ?? []).flatMap((error: any) =>
    (error.data?.errors ?? []).map((item: any) => item.path),
  )
}
