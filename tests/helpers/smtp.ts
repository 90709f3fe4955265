/**
 * A real SMTP server on a loopback port, for tests and checks that follow mail all the way out of
 * the app: every message accepted is parsed (headers, text, HTML) and kept in `messages`.
 *
 * `startSmtpServer({ keep: 'counts' })` keeps only counts instead (for scripts that receive
 * thousands of messages, scripts/reliability/mailing.ts): how many messages were accepted, and how
 * many copies each recipient got of each subject; `messages` stays empty.
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
  /** Messages accepted so far (both modes). */
  accepted(): number
  /** Answer the next `count` messages with this SMTP error instead of accepting them. */
  refuseNext(count: number, code?: number): void
  /** Messages received so far for this address (parsed mode only). */
  to(address: string): ReceivedMail[]
  /** Copies accepted per envelope recipient of the messages with this subject (both modes). */
  copies(subject: string): Map<string, number>
  close(): Promise<void>
}

export type SmtpServerOptions = {
  /** 'messages' (the default): parse and keep every message; 'counts': count them only. */
  keep?: 'messages' | 'counts'
}

const headerText = (value: unknown): string => {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object' && 'text' in value) return String(value.text)
  if (value && typeof value === 'object' && 'value' in value) return String(value.value)
  return String(value ?? '')
}

/**
 * The Subject header of a raw message, unfolded, as sent: enough for the counting mode, whose
 * callers send plain ASCII subjects (an encoded word would come back undecoded).
 */
function rawSubject(raw: string): string {
  const headerEnd = raw.search(/\r?\n\r?\n/)
  const header = (headerEnd < 0 ? raw : raw.slice(0, headerEnd)).replace(/\r?\n[ \t]+/g, ' ')
  return /^subject:[ \t]*(.*)$/im.exec(header)?.[1]?.trim() ?? ''
}

/** How long close() lets open connections (a pooled transport's idle ones) finish before dropping them. */
const CLOSE_TIMEOUT_MS = 1_000

export async function startSmtpServer(options: SmtpServerOptions = {}): Promise<TestSmtpServer> {
  const keepMessages = options.keep !== 'counts'
  const messages: ReceivedMail[] = []
  const bySubject = new Map<string, Map<string, number>>()
  let accepted = 0
  let refusals = 0
  let refusalCode = 451
  const count = (subject: string, recipients: string[]) => {
    accepted++
    let copies = bySubject.get(subject)
    if (!copies) bySubject.set(subject, (copies = new Map()))
    for (const recipient of recipients) copies.set(recipient, (copies.get(recipient) ?? 0) + 1)
  }
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    // Loopback only: a reverse DNS lookup per connection would only measure the resolver.
    disableReverseLookup: true,
    closeTimeout: CLOSE_TIMEOUT_MS,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      // A message cut off by a dropped connection never ends: it was not received.
      stream.on('end', async () => {
        if (refusals > 0) {
          refusals--
          const error = Object.assign(new Error('Refused by the test server'), {
            responseCode: refusalCode,
          })
          return callback(error)
        }
        const raw = Buffer.concat(chunks).toString('utf8')
        const recipients = session.envelope.rcptTo.map(({ address }) => address.toLowerCase())
        if (!keepMessages) {
          count(rawSubject(raw), recipients)
          return callback()
        }
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
        count(parsed.subject ?? '', recipients)
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
    accepted: () => accepted,
    refuseNext(count, code = 451) {
      refusals = count
      refusalCode = code
    },
    to: (address) => messages.filter((message) => message.to.includes(address)),
    copies: (subject) => new Map(bySubject.get(subject) ?? []),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
