import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants.js'

import { redirects, rewrites } from './src/app/(site)/rewrites.mjs'
import { securityHeaders } from './security-headers.mjs'
import { buildSiteAssets } from './site-assets.mjs'

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
  // Public addresses that are not a route file's own path (lists, no-JavaScript answers, English at
  // the root): defined beside the routes they point to, listed in src/app/(site)/README.md.
  rewrites,
  redirects,
}

const config = withPayload(nextConfig, { devBundleServerPackages: false })

// withPayload asks every route for the colour-scheme client hint with `Critical-CH`, which makes
// Chrome restart each navigation (~600 ms). Only the admin panel uses that hint, so scope it there.
const payloadHeaders = async () =>
  (await config.headers()).map((rule) =>
    rule.source === '/:path*' && rule.headers.some((header) => header.key === 'Critical-CH')
      ? { ...rule, source: '/admin/:path*' }
      : rule,
  )

/** The site's stylesheet and script carry a hash of their content in their names (site-assets.mjs). */
const assetHeaders = [
  {
    source: '/assets/:file',
    headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
  },
]

/**
 * Next calls this with the phase: only `next dev` gets the development policy (security-headers.mjs);
 * `next build` and `next dev` build the site's stylesheet and script first.
 */
const configForPhase = (phase) => {
  if (phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER) buildSiteAssets()
  return {
    ...config,
    headers: async () => [
      ...(await payloadHeaders()),
      ...assetHeaders,
      ...securityHeaders({ development: phase === PHASE_DEVELOPMENT_SERVER }),
    ],
  }
}

export default configForPhase
