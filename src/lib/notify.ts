import type { PayloadRequest } from 'payload'

/**
 * Sends a notification through Payload's e-mail adapter. A mail server being down must not undo
 * the reader's comment or the editor's action that caused the mail, so failures are logged only.
 */
export async function sendQuietly(req: PayloadRequest, message: { to: string; subject: string; text: string }) {
  if (!message.to) return
  try {
    await req.payload.sendEmail(message)
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `[mail] could not send "${message.subject}" to ${message.to}` })
  }
}

/** Everyone who moderates: the e-mail addresses of all editors and admins (a system look-up). */
export async function moderatorAddresses(req: PayloadRequest): Promise<string> {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { role: { in: ['editor', 'admin'] } },
    limit: 100,
    depth: 0,
    select: { email: true },
    req,
  })
  return docs.map((user) => user.email).join(', ')
}
