/**
 * The public addresses that are not the path of a route file under src/app/(site), and where
 * each one goes. next.config.mjs installs these (`rewrites`, `redirects`); README.md beside this
 * file lists every public address with the route file that renders it.
 *
 * Rewrites are internal: the reader's address stays the same, only the route that answers changes.
 */

/** Top-level sections of the public site. English lives at the root, so these map onto /en/…. */
const ENGLISH_SECTIONS = [
  'articles',
  'authors',
  'topics',
  'search',
  'submit',
  'newsletter',
  'feed.xml',
]

/**
 * The first parts of addresses that route files outside the sections answer (and `lists`, the
 * internal paths of the list rewrites below). An editor's page
 * (/<slug>, src/collections/Pages) can never be one of them: its slug is refused (reservedSlugs.ts).
 */
export const OWN_ROUTES = [
  'en',
  'az',
  'ru',
  'admin',
  'api',
  'next',
  'preview',
  'healthz',
  'comments',
  'submissions',
  'subscriptions',
  'lists',
]

/** A page's slug (src/fields/slug.ts): lower-case words joined by hyphens, never one of OWN_ROUTES. */
const PAGE_SLUG = `(?!(?:${OWN_ROUTES.join('|')})$)[a-z0-9]+(?:-[a-z0-9]+)*`

const PAGE = { type: 'query', key: 'page', value: '(?<page>\\d{1,5})' }
const KIND = { type: 'query', key: 'kind', value: '(?<kind>[a-z-]{1,40})' }
const TEAM = { type: 'query', key: 'team', value: '(?<team>[a-z0-9-]{1,120})' }
const TOPIC = { type: 'query', key: 'topic', value: '(?<topic>[a-z0-9-]{1,120})' }

/**
 * `?kind=` and `?page=` of /articles, /topics/[slug] and /authors/[slug], `?team=` and `?topic=` of
 * /authors, onto their cacheable paths; order matters (first match).
 */
const listRewrites = (prefix, locale) => [
  {
    source: `${prefix}/articles`,
    has: [KIND, PAGE],
    destination: `/${locale}/lists/articles/:kind/:page`,
  },
  { source: `${prefix}/articles`, has: [KIND], destination: `/${locale}/lists/articles/:kind/1` },
  { source: `${prefix}/articles`, has: [PAGE], destination: `/${locale}/lists/articles/all/:page` },
  {
    source: `${prefix}/topics/:slug`,
    has: [PAGE],
    destination: `/${locale}/lists/topics/:slug/:page`,
  },
  {
    source: `${prefix}/authors/:slug`,
    has: [PAGE],
    destination: `/${locale}/lists/authors/:slug/:page`,
  },
  { source: `${prefix}/authors`, has: [TEAM], destination: `/${locale}/lists/people/team/:team` },
  {
    source: `${prefix}/authors`,
    has: [TOPIC],
    destination: `/${locale}/lists/people/topic/:topic`,
  },
]

/** Next's `rewrites()`: all of them run before the file-system routes, in this order (first match wins). */
export async function rewrites() {
  return {
    beforeFiles: [
      // A comment form sent without JavaScript comes back as ?comment=…: rendered per request.
      {
        source: '/articles/:slug',
        has: [{ type: 'query', key: 'comment' }],
        destination: '/en/articles/:slug/discussion',
      },
      {
        source: '/:locale(az|ru)/articles/:slug',
        has: [{ type: 'query', key: 'comment' }],
        destination: '/:locale/articles/:slug/discussion',
      },
      // Lists keep their ?page= and ?kind= addresses, but each combination is served by a path of
      // its own ([locale]/lists), so every list page is cached like any other page.
      ...listRewrites('', 'en'),
      ...listRewrites('/:locale(az|ru)', ':locale'),
      // A submission refused without JavaScript comes back as ?submission=error: rendered per request.
      {
        source: '/submit',
        has: [{ type: 'query', key: 'submission' }],
        destination: '/en/submit/retry',
      },
      {
        source: '/:locale(az|ru)/submit',
        has: [{ type: 'query', key: 'submission' }],
        destination: '/:locale/submit/retry',
      },
      // So does a subscription refused without JavaScript (?subscription=error).
      {
        source: '/newsletter',
        has: [{ type: 'query', key: 'subscription' }],
        destination: '/en/newsletter/retry',
      },
      {
        source: '/:locale(az|ru)/newsletter',
        has: [{ type: 'query', key: 'subscription' }],
        destination: '/:locale/newsletter/retry',
      },
      // English pages are rendered by [locale] like the others; readers see no /en prefix.
      { source: '/', destination: '/en' },
      ...ENGLISH_SECTIONS.map((section) => ({
        source: `/${section}/:rest*`,
        destination: `/en/${section}/:rest*`,
      })),
      // The editors' pages: /about, /team, … (the sections above come first).
      { source: `/:slug(${PAGE_SLUG})`, destination: '/en/:slug' },
    ],
  }
}

/** Next's `redirects()`: one address per page, so /en/… (the rewrites' target) is sent to /…. */
export async function redirects() {
  return [
    { source: '/en', destination: '/', permanent: true },
    { source: '/en/:path*', destination: '/:path*', permanent: true },
  ]
}
