/**
 * Response headers for every route (next.config.mjs). The Content-Security-Policy covers the
 * public site, not the admin panel, which Payload runs with its own inline scripts and styles.
 *
 * The reading pages are plain HTML with one script file of our own (bench/ANALYSIS.md) and no
 * inline script: their policy allows scripts from this origin's files only, so an injected
 * <script>, inline event handler or javascript: URL does not run. Connections, images, forms and
 * frames are limited to this origin too: exfiltration to another host, a <base> or <form>
 * hijack, plugins and framing by other sites are all refused.
 *
 * Draft previews (/preview/…) are App Router pages with React, whose page data Next.js inlines as
 * <script> tags: they alone keep 'unsafe-inline' for scripts. They are for signed-in staff only.
 */
const https = (process.env.SERVER_URL || '').startsWith('https://')

/**
 * `frames`: the other origins a page may show in a frame (a video host's player); none by default.
 *
 * `development`: the previews of `next dev` may also use eval, which React's development build needs
 * to rebuild server components' call stacks in the browser; without it every preview logs an error
 * and shows Next's "1 Issue" badge. Never in production (next build, npm start): React's production
 * build has no eval, and there the policy is exactly as strict as without this option. The
 * reading pages run no React in the browser, so theirs is the same in development.
 */
/** @param {{ development?: boolean, inlineScripts?: boolean, frames?: string[] }} options */
export const contentSecurityPolicy = ({ development, inlineScripts, frames = [] }) =>
  [
    "default-src 'self'",
    // A page with a video block (src/components/blocks/VideoBlock.tsx) allows its videos' players,
    // and nothing else of their hosts, in frames.
    ...(frames.length > 0 ? [`frame-src 'self' ${frames.join(' ')}`] : []),
    `script-src 'self'${inlineScripts ? " 'unsafe-inline'" : ''}${inlineScripts && development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // The admin's live preview frames the site from the same origin; nobody else may.
    "frame-ancestors 'self'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ')

const everywhere = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  ...(https
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }]
    : []),
]

/**
 * The addresses where an editor's page may live (/<slug>, /az/<slug>, /ru/<slug>; rewrites.mjs).
 * Next.js keeps a header rule's value over the same header set by a route, so these get no policy
 * from the rules below: their reading pages send their own (readingPage.tsx), the same one with, on a
 * page with a video, that video's player allowed in a frame.
 */
const PAGE_ADDRESS = '(?:(?:az|ru)/)?[a-z0-9]+(?:-[a-z0-9]+)*'

/** The header rules for next.config.mjs; `development` only for the development server (see contentSecurityPolicy). */
export const securityHeaders = ({ development }) => [
  { source: '/:path*', headers: everywhere },
  {
    source: '/:path((?!admin|api).*)',
    headers: [
      {
        key: 'Permissions-Policy',
        value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
      },
    ],
  },
  {
    source: `/:path((?!admin|api)(?!${PAGE_ADDRESS}$).*)`,
    headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy({ development }) }],
  },
  {
    source: '/preview/:path*',
    headers: [
      {
        key: 'Content-Security-Policy',
        value: contentSecurityPolicy({ development, inlineScripts: true }),
      },
    ],
  },
]
