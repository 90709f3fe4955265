/**
 * A redirect's answer is cached with the site's pages, by path (src/lib/redirects/serve.ts), so it
 * cannot carry the query string of the request that made it: /articles/old?utm_source=x must still
 * reach /articles/new?utm_source=x. server.mjs, which sees every request before Next.js answers
 * it, adds the request's own query string to the Location of the answers marked with this header.
 * Plain JavaScript so that server.mjs can load it without a TypeScript loader.
 */

/** The mark (a header WordPress and others send with their redirects too). */
export const REDIRECTED_BY = { name: 'X-Redirect-By', value: 'thinktank-redirects' }

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function keepQueryOnRedirect(req, res) {
  const start = req.url?.indexOf('?') ?? -1
  const query = start < 0 ? '' : (req.url ?? '').slice(start + 1)
  if (!query) return
  const writeHead = res.writeHead
  /** @type {typeof res.writeHead} */
  const withQuery = function (...args) {
    const location = res.getHeader('location')
    if (res.getHeader(REDIRECTED_BY.name) === REDIRECTED_BY.value && typeof location === 'string')
      res.setHeader('location', `${location}${location.includes('?') ? '&' : '?'}${query}`)
    return writeHead.apply(this, /** @type {never} */ (args))
  }
  res.writeHead = withQuery
}
