import type { PayloadRequest } from 'payload'

/**
 * Sends a notification through Payload's e-mail adapter. A mail server being down must not undo
 * the reader's comment or the editor's action that caused the mail, so failures are logged only.
 */
export async function sendQuietly(
  req: PayloadRequest,
  message: { to: string; subject: string; text: string },
) {
  if (!message.to) return
  try {
    await req.payload.sendEmail(message)
  } catch (error) {
    req.payload.logger.error({
      err: error,
      msg: `[mail] could not send "${message.subject}" to ${message.to}`,
    })
  }
}

/** The e-mail addresses of every account with one of these roles (a system look-up). */
export async function addressesOfRoles(
  req: PayloadRequest,
  roles: readonly string[],
): Promise<string> {
  if (!roles.length) return ''
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { role: { in: roles } },
    limit: 100,
    depth: 0,
    select: { email: true },
    req,
  })
  return docs.map((user) => user.email).join(', ')
}

/**
 * The people behind an article's byline: the staff accounts linked to its authors, and for guest
 * authors without an account the address on their profile (a system look-up).
 */
export async function coAuthorAddresses(
  req: PayloadRequest,
  authorIds: (number | string)[],
): Promise<string> {
  if (!authorIds.length) return ''
  const [{ docs: users }, { docs: authors }] = await Promise.all([
    req.payload.find({
      collection: 'users',
      where: { author: { in: authorIds } },
      limit: 100,
      depth: 0,
      select: { email: true, author: true },
      req,
    }),
    req.payload.find({
      collection: 'authors',
      where: { id: { in: authorIds } },
      limit: 100,
      depth: 0,
      select: { email: true },
      req,
    }),
  ])
  const withAccount = new Set(users.map((user) => String(user.author)))
  const guests = authors
    .filter((author) => !withAccount.has(String(author.id)) && author.email)
    .map((author) => author.email as string)
  return [...new Set([...users.map((user) => user.email), ...guests])].join(', ')
}
