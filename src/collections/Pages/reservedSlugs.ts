/**
 * A page is served at /<slug> (and /az/<slug>, /ru/<slug>), beside the site's own sections, so a
 * page may not take the first part of an address that something else answers.
 */
export const RESERVED_PAGE_SLUGS = [
  'en',
  'az',
  'ru',
  'articles',
  'authors',
  'topics',
  'search',
  'submit',
  'lists',
  'feed',
  'comments',
  'submissions',
  'newsletter',
  'subscriptions',
  'preview',
  'next',
  'healthz',
  'admin',
  'api',
  'assets',
  'media',
  'site-icon',
  'sitemap',
  'robots',
  'icon',
  'manifest',
  'favicon',
] as const
