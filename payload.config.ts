import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import { az } from '@payloadcms/translations/languages/az'
import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'
import depthLimit from 'graphql-depth-limit'
import { buildConfig } from 'payload'
import { deepMergeSimple } from 'payload/shared'
import sharp from 'sharp'

import { Footnote } from './src/blocks/Footnote'
import { seoPreviewUrl } from './src/endpoints/seoPreviewUrl'
import { Attempts } from './src/collections/Attempts'
import { Articles } from './src/collections/Articles'
import { Authors } from './src/collections/Authors'
import { Comments } from './src/collections/Comments'
import { Deliveries } from './src/collections/Deliveries'
import { Mailings } from './src/collections/Mailings'
import { Subscribers } from './src/collections/Subscribers'
import { SubscriptionRequests } from './src/collections/SubscriptionRequests'
import { Media } from './src/collections/Media'
import { Pages } from './src/collections/Pages'
import { redirects } from './src/collections/Redirects'
import { MANUSCRIPT_MAX_BYTES, Submissions } from './src/collections/Submissions'
import { SiteIcons } from './src/collections/SiteIcons'
import { Teams } from './src/collections/Teams'
import { Topics } from './src/collections/Topics'
import { Users } from './src/collections/Users'
import { SiteSettings } from './src/globals/SiteSettings'
import { withApiGuards } from './src/hooks/apiGuards'
import { adminTranslations } from './src/i18n/admin'
import { jobs } from './src/jobs'
import { resolvePayloadSecret } from './src/lib/config/secret'
import { configuredServerUrl, siteOrigin } from './src/lib/config/site'
import { databaseAdapter } from './src/lib/database'
import { opaqueIdTypes } from './src/lib/database/opaqueIds'
import { emailAdapter } from './src/lib/email'
import { seoTranslations } from './src/lib/seo'
import { uploadRoot } from './src/lib/paths'
import { makePrivateFolder } from './src/lib/privateFiles'
import { storagePlugin } from './src/lib/storage'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Manuscripts are served to editors only, so their folder is the site user's alone: Payload
// creates the collections' folders inside it with the umask's modes.
makePrivateFolder(uploadRoot())

export default buildConfig({
  serverURL: configuredServerUrl(),
  secret: resolvePayloadSecret(),
  // A login cookie counts only on requests from the site itself: a write from a foreign page
  // (cross-site request forgery) arrives as anonymous. SERVER_URL must be the address staff use.
  csrf: [siteOrigin()],
  // No request may populate more than three levels of relationships (the site needs two).
  maxDepth: 3,
  graphQL: {
    // Nested selections and very wide queries are refused before they run.
    maxComplexity: 500,
    validationRules: () => [depthLimit(8)],
    disablePlaygroundInProduction: true,
    disableIntrospectionInProduction: true,
  },
  admin: {
    user: 'users',
    meta: { titleSuffix: ' · Admin' },
    // Gravatar would send staff e-mail hashes to a third party and fails offline.
    avatar: 'default',
    components: {
      // Keeps each account's `language` (its e-mails' language) in step with the admin language
      // its owner picks on the account page (src/components/admin/AdminLanguageSync.tsx).
      providers: ['@/components/admin/AdminLanguageSync#AdminLanguageSync'],
      // Editors see what waits for their review; the others their own articles by state.
      beforeDashboard: [
        '@/components/admin/YourArticles#YourArticles',
        '@/components/admin/ReviewQueue#ReviewQueue',
        '@/components/admin/ModerationCounts#ModerationNotice',
      ],
    },
    importMap: { baseDir: dirname },
  },
  collections: [
    Articles,
    Pages,
    Authors,
    Teams,
    Topics,
    Media,
    SiteIcons,
    Comments,
    Submissions,
    Subscribers,
    SubscriptionRequests,
    Mailings,
    Deliveries,
    Users,
    Attempts,
  ].map(withApiGuards),
  globals: [SiteSettings],
  // The admin panel in each staff member's language: Payload's own words and ours (src/i18n/admin.ts).
  i18n: {
    supportedLanguages: { en, az, ru },
    fallbackLanguage: 'en',
    // The SEO tab's words come from Payload's SEO plugin (src/lib/seo.ts).
    translations: deepMergeSimple(seoTranslations, adminTranslations),
  },
  endpoints: [seoPreviewUrl],
  localization: {
    locales: [
      { code: 'en', label: 'English' },
      { code: 'az', label: 'Azərbaycanca' },
      { code: 'ru', label: 'Русский' },
    ],
    defaultLocale: 'en',
    fallback: true,
    // Editors publish the language they review ("Publish in Русский"): a translation or a
    // correction goes live on its own, and another language's unfinished draft stays a draft.
    // "Publish all locales" is in the button's menu.
    defaultLocalePublishOption: 'active',
  },
  editor: lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures,
      BlocksFeature({ inlineBlocks: [Footnote] }),
    ],
  }),
  db: await databaseAdapter(process.env.DATABASE_URI, dirname),
  upload: {
    // The largest upload is a manuscript; anything bigger is refused whole with 413.
    limits: { fileSize: MANUSCRIPT_MAX_BYTES },
    abortOnLimit: true,
  },
  email: emailAdapter(),
  // Old addresses that answer 301 (src/collections/Redirects); uploaded files on the local disk,
  // or in the S3_BUCKET when one is configured.
  plugins: [redirects, storagePlugin()],
  jobs,
  sharp,
  typescript: {
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
    // Ids are opaque (numbers on SQLite, uuids on PostgreSQL): the same types whatever the engine.
    schema: [opaqueIdTypes],
  },
  telemetry: false,
})
