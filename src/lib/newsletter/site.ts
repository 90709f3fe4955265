import type { Payload } from 'payload'

/** The think tank's name, which the mails go out under. */
export async function siteName(payload: Payload): Promise<string> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  return settings.siteName || 'Think Tank'
}
