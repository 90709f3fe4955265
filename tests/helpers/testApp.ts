/**
 * One real Payload per test file: its own temporary SQLite file (or, with TEST_DATABASE_URI, its
 * own database on that PostgreSQL or MongoDB server), migrated like production, and a real HTTP server that mounts the same
 * REST and GraphQL route handlers as the Next.js app's `src/app/(payload)/api` routes.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'

import type { Payload, SanitizedConfig } from 'payload'

import { recordConnectionAddress } from '@/lib/connectionAddress.mjs'

import { discardDatabase, migrateDatabase } from '@/lib/database'

export type TestApp = {
  payload: Payload
  config: SanitizedConfig
  baseURL: string
  tempDir: string
  uploadDir: string
  close: () => Promise<void>
}

/** Starts this test file's app on the database isolateEnvironment.ts chose for it. */
export async function startTestApp(): Promise<TestApp> {
  const tempDir = process.env.TEST_TEMP_DIR
  if (!tempDir || !process.env.DATABASE_URI?.includes('thinktank')) {
    throw new Error(
      'tests/helpers/isolateEnvironment.ts did not run: refusing to touch a real database',
    )
  }

  // A process can run several test files: never reuse another file's Payload instance.
  ;(globalThis as { _payload?: Map<string, unknown> })._payload?.clear()

  const { default: configPromise } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const config = await configPromise
  const payload = await getPayload({ config })
  await migrateDatabase(payload)

  const server = await listen(config)
  const { port } = server.address() as AddressInfo

  return {
    payload,
    config,
    baseURL: `http://127.0.0.1:${port}`,
    tempDir,
    uploadDir: process.env.UPLOAD_DIR!,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeAllConnections()
      await discardDatabase(payload, process.env.DATABASE_URI!)
      fs.rmSync(tempDir, { recursive: true, force: true })
    },
  }
}

/** A real HTTP server on a free loopback port with the app's REST and GraphQL handlers. */
export async function listen(config: SanitizedConfig): Promise<http.Server> {
  const routes = await import('@payloadcms/next/routes')
  // As in src/app/(payload)/api: every body is read under the same ceiling.
  const { limitBody } = await import('@/lib/bodyLimit')
  const { REQUEST_MAX_BYTES } = await import('@/collections/Submissions')
  const limited = <Rest extends unknown[]>(
    handler: (request: Request, ...rest: Rest) => Promise<Response>,
  ) => limitBody(handler, REQUEST_MAX_BYTES)
  const rest = {
    GET: routes.REST_GET(config),
    POST: limited(routes.REST_POST(config)),
    PATCH: limited(routes.REST_PATCH(config)),
    PUT: limited(routes.REST_PUT(config)),
    DELETE: limited(routes.REST_DELETE(config)),
    OPTIONS: routes.REST_OPTIONS(config),
  }
  const graphql = limited(routes.GRAPHQL_POST(config))

  const server = http.createServer(async (req, res) => {
    // As server.mjs does in production: the connection's address, whatever the client claims.
    recordConnectionAddress(req)
    try {
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`)
      const method = (req.method ?? 'GET').toUpperCase() as keyof typeof rest
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers)) {
        if (Array.isArray(value)) value.forEach((item) => headers.append(name, item))
        else if (value !== undefined) headers.set(name, value)
      }
      const request = new Request(url, {
        method,
        headers,
        body: method === 'GET' ? undefined : (Readable.toWeb(req) as ReadableStream),
        duplex: 'half',
      } as RequestInit)

      let response: Response
      if (url.pathname === '/api/graphql' && method === 'POST') {
        response = await graphql(request)
      } else if (url.pathname.startsWith('/api/') && rest[method]) {
        const slug = url.pathname
          .slice('/api/'.length)
          .split('/')
          .filter(Boolean)
          .map(decodeURIComponent)
        response = await rest[method](request, { params: Promise.resolve({ slug }) })
      } else {
        response = new Response('Not found', { status: 404 })
      }

      const outHeaders: Record<string, string | string[]> = {}
      response.headers.forEach((value, name) => {
        if (name !== 'set-cookie') outHeaders[name] = value
      })
      const cookies = response.headers.getSetCookie()
      if (cookies.length) outHeaders['set-cookie'] = cookies
      res.writeHead(response.status, outHeaders)
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      console.error(error)
      res.writeHead(500).end('Test server error')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return server
}
