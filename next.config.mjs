import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js'

import { securityHeaders } from './security-headers.mjs'

/** Top-level sections of the public site. English lives at the root, so these map onto /en/…. */
const ENGLISH_SECTIONS = ['articles', 'authors', 'topics', 'search', 'submit', 'about', 'feed.xml']

const PAGE = { type: 'query', key: 'page', value: '(?<page>\\d{1,5})' }
const KIND = { type: 'query', key: 'kind', value: '(?<kind>[a-z-]{1,40})' }

/** `?kind=` and `?page=` of /articles, /topics/[slug] and /authors/[slug] onto their cacheable paths; order matters (first match). */
const listRewrites = (prefix, locale) => [
  { source: `${prefix}/articles`, has: [KIND, PAGE], destination: `/${locale}/lists/articles/:kind/:page` },
  { source: `${prefix}/articles`, has: [KIND], destination: `/${locale}/lists/articles/:kind/1` },
  { source: `${prefix}/articles`, has: [PAGE], destination: `/${locale}/lists/articles/all/:page` },
  { source: `${prefix}/topics/:slug`, has: [PAGE], destination: `/${locale}/lists/topics/:slug/:page` },
  { source: `${prefix}/authors/:slug`, has: [PAGE], destination: `/${locale}/lists/authors/:slug/:page` },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // An ETag is a hash of the whole page computed in JavaScript on every request, even for pages served
  // from the cache: ~2 ms per 90 KB article, the largest single cost of serving one (npm run bench,
  // --cpu-prof). Pages carry no max-age, so browsers would revalidate anyway; nginx (deploy/) caches them.
  generateEtags: false,
  // Next's page cache, keeping cached HTML in ASCII so that sending it costs no re-encoding (see the file).
  cacheHandler: fileURLToPath(new URL('./page-cache-handler.mjs', import.meta.url)),
  experimental: {
    // `next start` would otherwise load every route's code at start-up, the admin panel and GraphQL
    // included, before (and while) answering the first reader: ~1.4 s of a cold start and their
    // memory, even on a machine where nobody opens the admin (bench/ANALYSIS.md).
    preloadEntriesOnStart: false,
  },
  // English pages are rendered by src/app/(site)/[locale] like the others; readers see no /en prefix.
  async rewrites() {
    return {
      beforeFiles: [
        // A comment form sent without JavaScript comes back as ?comment=…: rendered per request.
        { source: '/articles/:slug', has: [{ type: 'query', key: 'comment' }], destination: '/en/articles/:slug/discussion' },
        {
          source: '/:locale(az|ru)/articles/:slug',
          has: [{ type: 'query', key: 'comment' }],
          destination: '/:locale/articles/:slug/discussion',
        },
        // Lists keep their ?page= and ?kind= addresses, but each combination is served by a path of
        // its own (src/app/(site)/[locale]/lists), so every list page is cached like any other page.
        ...listRewrites('', 'en'),
        ...listRewrites('/:locale(az|ru)', ':locale'),
        // A submission refused without JavaScript comes back as ?submission=error: rendered per request.
        { source: '/submit', has: [{ type: 'query', key: 'submission' }], destination: '/en/submit/retry' },
        { source: '/:locale(az|ru)/submit', has: [{ type: 'query', key: 'submission' }], destination: '/:locale/submit/retry' },
        { source: '/', destination: '/en' },
        ...ENGLISH_SECTIONS.map((section) => ({ source: `/${section}/:rest*`, destination: `/en/${section}/:rest*` })),
      ],
    }
  },
  // One address per page: /en/… is the same page as /….
  async redirects() {
    return [
      { source: '/en', destination: '/', permanent: true },
      { source: '/en/:path*', destination: '/:path*', permanent: true },
    ]
  },
  images: {
    // Media is served by Payload's own file route (access-checked), on this same origin.
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
}

const config = withPayload(nextConfig, { devBundleServerPackages: false })

// withPayload asks every route for the colour-scheme client hint with `Critical-CH`, which makes
// Chrome restart each navigation (~600 ms). Only the admin panel uses that hint, so scope it there.
const payloadHeaders = async () =>
  (await config.headers()).map((rule) =>
    rule.source === '/:path*' && rule.headers.some((header) => header.key === 'Critical-CH') ? { ...rule, source: '/admin/:path*' } : rule,
  )

/** Next calls this with the phase: only `next dev` gets the development policy (security-headers.mjs). */
export default (phase) => ({
  ...config,
  headers: async () => [...(await payloadHeaders()), ...securityHeaders({ development: phase === PHASE_DEVELOPMENT_SERVER })],
})
