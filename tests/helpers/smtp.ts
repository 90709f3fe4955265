/**
 * A real SMTP server on a loopback port, for tests and checks that follow mail all the way out of
 * the app: every message accepted is parsed (headers, text, HTML) and kept in `messages`.
 */
import type { AddressInfo } from 'node:net'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type ReceivedMail = {
  to: string
  from: string
  subject: string
  text: string
  html: string
  /** Header names in lower case, values as sent. */
  headers: Record<string, string>
  raw: string
}

export type TestSmtpServer = {
  host: string
  port: number
  messages: ReceivedMail[]
  /** Answer the next `count` messages with this SMTP error instead of accepting them. */
  refuseNext(count: number, code?: number): void
  /** Messages received so far for this address. */
  to(address: string): ReceivedMail[]
  close(): Promise<void>
}

const headerText = (value: unknown): string => {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object' && 'text' in value) return String(value.text)
  if (value && typeof value === 'object' && 'value' in value) return String(value.value)
  return String(value ?? '')
}

export async function startSmtpServer(): Promise<TestSmtpServer> {
  const messages: ReceivedMail[] = []
  let refusals = 0
  let refusalCode = 451
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', async () => {
        if (refusals > 0) {
          refusals--
          const error = Object.assign(new Error('Refused by the test server'), {
            responseCode: refusalCode,
          })
          return callback(error)
        }
        const raw = Buffer.concat(chunks).toString('utf8')
        const parsed = await simpleParser(raw)
        const headers: Record<string, string> = {}
        for (const line of parsed.headerLines) {
          headers[line.key.toLowerCase()] = line.line.slice(line.line.indexOf(':') + 1).trim()
        }
        messages.push({
          to: headerText(parsed.to),
          from: headerText(parsed.from),
          subject: parsed.subject ?? '',
          text: parsed.text ?? '',
          html: typeof parsed.html === 'string' ? parsed.html : '',
          headers,
          raw,
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    host: '127.0.0.1',
    port,
    messages,
    refuseNext(count, code = 451) {
      refusals = count
      refusalCode = code
    },
    to: (address) => messages.filter((message) => message.to.includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
