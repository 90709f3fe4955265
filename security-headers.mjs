/**
 * Response headers for every route (next.config.mjs). The Content-Security-Policy covers the
 * public site, not the admin panel, which Payload runs with its own inline scripts and styles.
 *
 * Why 'unsafe-inline' for scripts: Next.js inlines each page's data as <script> tags, so a policy
 * without it needs a per-request nonce, and a nonce makes every page render per request instead
 * of being served from the cache (measured in docs/reliability.md). The site is built so that no
 * reader input is ever output unescaped (tests/e2e/comments.spec.ts), and the policy still allows
 * scripts, connections, images, forms and frames from this origin only: an injected
 * <script src>, exfiltration to another host, a <base> or <form> hijack, plugins and framing by
 * other sites are all refused.
 */
const https = (process.env.SERVER_URL || '').startsWith('https://')

/**
 * `development`: the pages of `next dev` may also use eval, which React's development build needs
 * to rebuild server components' call stacks in the browser; without it every page logs an error
 * and shows Next's "1 Issue" badge. Never in production (next build, npm start): React's production
 * build has no eval, and there the policy is exactly as strict as without this option.
 */
const contentSecurityPolicy = (development) =>
  [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
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

/** The header rules for next.config.mjs; `development` only for the development server (see contentSecurityPolicy). */
export const securityHeaders = ({ development }) => [
  { source: '/:path*', headers: everywhere },
  {
    source: '/:path((?!admin|api).*)',
    headers: [
      { key: 'Content-Security-Policy', value: contentSecurityPolicy(development) },
      {
        key: 'Permissions-Policy',
        value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
      },
    ],
  },
]
