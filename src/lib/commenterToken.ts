import { sign, verify } from './signedToken'

/**
 * The browser's proof of which comments it wrote: their ids, signed, in a cookie the comment form
 * sets. "Hold first-time commenters" publishes at once only when one of these comments is approved
 * and has the same e-mail address: knowing somebody's address is not enough to write as them.
 */
export const COMMENTER_COOKIE = 'commenter'
export const COMMENTER_COOKIE_DAYS = 365
/** The newest comments remembered: enough to outlast a few held ones. */
const REMEMBERED = 5

const signed = (ids: string[], secret: string) => sign(`commenter:${ids.join('~')}`, secret)

/** The comment ids a cookie vouches for; none for a missing or forged one. */
export function commenterIds(cookie: string | undefined, secret: string): string[] {
  const [list, signature] = (cookie ?? '').split('.')
  if (!list || !/^[\w~-]{1,400}$/.test(list)) return []
  const ids = list.split('~')
  return verify(`commenter:${ids.join('~')}`, signature, secret) ? ids : []
}

/** The cookie after this browser wrote comment `id`. */
export function rememberComment(ids: string[], id: string | number, secret: string): string {
  const remembered = [String(id), ...ids.filter((known) => known !== String(id))].slice(
    0,
    REMEMBERED,
  )
  return `${remembered.join('~')}.${signed(remembered, secret)}`
}
