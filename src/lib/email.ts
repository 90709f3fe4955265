import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { EmailAdapter, Payload } from 'payload'
import type { Transport } from 'nodemailer'
import type SMTPPool from 'nodemailer/lib/smtp-pool'
import type MailMessage from 'nodemailer/lib/mailer/mail-message'

import { bookkeepingRequest } from '@/lib/database'

/** One sent message as the outbox records it (also what tests read back). */
export type OutboxMessage = {
  to: string
  from: string
  subject: string
  text: string
  html?: string
  raw: string
  date: string
}

const asText = (value: unknown) => (value === undefined || value === null ? '' : String(value))

/**
 * Without SMTP the mail is still composed by nodemailer, then logged, and appended as a JSON line
 * to MAIL_OUTBOX when that is set (tests read it; a developer can `tail -f` it).
 */
function outboxTransport(outboxFile: string | undefined): Transport {
  return {
    name: 'outbox',
    version: '1',
    send(mail: MailMessage, callback) {
      mail.message.build((error, raw) => {
        if (error) return callback(error, undefined)
        const { to, from, subject, text, html } = mail.data
        const message: OutboxMessage = {
          to: asText(to),
          from: asText(
            typeof from === 'object' && from && 'address' in from
              ? `${from.name} <${from.address}>`
              : from,
          ),
          subject: asText(subject),
          text: asText(text),
          html: html ? asText(html) : undefined,
          raw: raw.toString('utf8'),
          date: new Date().toISOString(),
        }
        console.info(`[mail] to ${message.to}: ${message.subject}`)
        if (outboxFile) {
          fs.mkdirSync(path.dirname(outboxFile), { recursive: true })
          fs.appendFileSync(outboxFile, `${JSON.stringify(message)}\n`)
        }
        callback(null, {
          envelope: mail.message.getEnvelope(),
          messageId: mail.message.messageId(),
        } as never)
      })
    },
  }
}

/** How long opening a connection to the mail server may take (nodemailer's own default). */
const CONNECT_TIMEOUT_MS = 2 * 60_000

type SocketCallback = (error: Error | null, socket?: { connection: net.Socket }) => void

/**
 * The connection to the mail server, opened with Nagle's algorithm off. nodemailer writes a
 * message in several pieces and then waits for the server's answer; with Nagle on, the last piece
 * waits for the acknowledgement of the one before, which the receiving kernel delays on purpose,
 * so every message waited out that delay and a newsletter crawled even on loopback
 * (docs/reliability.md, section 12). nodemailer still does the rest (TLS for SMTP_SECURE,
 * STARTTLS, AUTH).
 */
function connectWithoutDelay(options: SMTPPool.Options, callback: SocketCallback) {
  const socket = net.connect({ host: options.host, port: options.port ?? 587, noDelay: true })
  let connected = false
  socket.setTimeout(CONNECT_TIMEOUT_MS, () =>
    socket.destroy(new Error(`Connection to ${options.host}:${options.port} timed out`)),
  )
  // Stays: once connected, nodemailer's own listener handles the socket's errors beside it.
  socket.on('error', (error) => {
    if (!connected) callback(error)
  })
  socket.once('connect', () => {
    connected = true
    socket.setTimeout(0)
    callback(null, { connection: socket })
  })
}

/** The sender's name before Site settings can be read (a database not yet migrated). */
const FALLBACK_NAME = 'Think tank'

/** noreply@ the host of the site's address (SERVER_URL), read when a message is sent. */
const noreplyAddress = (env: NodeJS.ProcessEnv) =>
  `noreply@${new URL(env.SERVER_URL || 'http://localhost').hostname}`

/**
 * Read through the database adapter on the server's bookkeeping connections: a mail sent inside a
 * request's transaction (a comment's moderation notice) holds that request's connection, and a
 * read on the request pool would wait for another while a burst holds them all.
 */
async function siteName(payload: Payload): Promise<string> {
  const settings = (await payload.db
    .findGlobal({
      slug: 'site-settings',
      select: { siteName: true },
      req: await bookkeepingRequest(payload),
    })
    .catch(() => null)) as { siteName?: string } | null
  return settings?.siteName?.trim() || FALLBACK_NAME
}

/**
 * Without MAIL_FROM, every message (Payload's own password e-mails too, which name the adapter's
 * default sender) goes out in the site's name from Site settings, at noreply@ the site's host:
 * both read at sending, so renaming the site renames the sender.
 */
async function sentInTheSiteName(
  adapter: Promise<EmailAdapter>,
  env: NodeJS.ProcessEnv,
): Promise<EmailAdapter> {
  const create = await adapter
  return (args) => {
    const initialized = create(args)
    return {
      ...initialized,
      sendEmail: async (message) =>
        initialized.sendEmail({
          ...message,
          from: { name: await siteName(args.payload), address: noreplyAddress(env) },
        }),
    }
  }
}

/**
 * Payload's e-mail adapter: SMTP when SMTP_HOST is set, otherwise the logging outbox above; from
 * MAIL_FROM, or else in the site's name.
 */
export function emailAdapter(env: NodeJS.ProcessEnv = process.env) {
  const configured = env.MAIL_FROM?.trim()
  const adapter = transportAdapter(env, configured || `${FALLBACK_NAME} <${noreplyAddress(env)}>`)
  return configured ? adapter : sentInTheSiteName(adapter, env)
}

function transportAdapter(env: NodeJS.ProcessEnv, from: string) {
  const match = /^(.*)<([^>]+)>\s*$/.exec(from)
  const defaultFromName = (match?.[1] ?? '').trim() || FALLBACK_NAME
  const defaultFromAddress = (match?.[2] ?? from).trim()
  if (env.SMTP_HOST) {
    const smtp: SMTPPool.Options = {
      host: env.SMTP_HOST,
      port: Number(env.SMTP_PORT || 587),
      secure: env.SMTP_SECURE === 'true',
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : undefined,
      // Connections are kept open and reused (nodemailer's defaults: up to 5, 100 messages
      // each): a newsletter's thousands of mails do not each open a connection, greet and quit.
      pool: true,
      getSocket: connectWithoutDelay,
    }
    return nodemailerAdapter({
      defaultFromAddress,
      defaultFromName,
      transport: nodemailer.createTransport(smtp),
    })
  }
  return nodemailerAdapter({
    defaultFromAddress,
    defaultFromName,
    skipVerify: true,
    transport: nodemailer.createTransport(outboxTransport(env.MAIL_OUTBOX)),
  })
}

/** Messages recorded in an outbox file, oldest first. */
export function readOutbox(file: string): OutboxMessage[] {
  if (!fs.existsSync(file)) return []
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as OutboxMessage)
}
