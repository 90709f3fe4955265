import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { migrations } from './migrations'
import { Footnote } from './src/blocks/Footnote'
import { Articles } from './src/collections/Articles'
import { Authors } from './src/collections/Authors'
import { Comments } from './src/collections/Comments'
import { Media } from './src/collections/Media'
import { MANUSCRIPT_MAX_BYTES, Submissions } from './src/collections/Submissions'
import { Topics } from './src/collections/Topics'
import { Users } from './src/collections/Users'
import { withOperationGuards } from './src/hooks/guardOperationArgs'
import { SiteSettings } from './src/globals/SiteSettings'
import { jobs } from './src/jobs'
import { databaseAdapter } from './src/lib/database'
import { emailAdapter } from './src/lib/email'
import { resolvePayloadSecret } from './src/lib/secret'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: process.env.SERVER_URL || '',
  secret: resolvePayloadSecret(),
  admin: {
    user: 'users',
    meta: { titleSuffix: ' · Admin' },
    // Gravatar would send staff e-mail hashes to a third party and fails offline.
    avatar: 'default',
    components: { beforeDashboard: ['@/components/admin/ReviewQueue#ReviewQueue', '@/components/admin/ModerationCounts#ModerationNotice'] },
    importMap: { baseDir: dirname },
  },
  collections: [Articles, Authors, Topics, Media, Comments, Submissions, Users].map(withOperationGuards),
  globals: [SiteSettings],
  localization: {
    locales: [
      { code: 'en', label: 'English' },
      { code: 'az', label: 'Azərbaycanca' },
      { code: 'ru', label: 'Русский' },
    ],
    defaultLocale: 'en',
    fallback: true,
  },
  editor: lexicalEditor({
    features: ({ defaultFeatures }) => [...defaultFeatures, BlocksFeature({ inlineBlocks: [Footnote] })],
  }),
  db: databaseAdapter(process.env.DATABASE_URI, {
    migrationDir: path.resolve(dirname, 'migrations'),
    sqliteMigrations: migrations,
  }),
  upload: {
    // The largest upload is a manuscript; anything bigger is refused whole with 413.
    limits: { fileSize: MANUSCRIPT_MAX_BYTES },
    abortOnLimit: true,
  },
  email: emailAdapter(),
  jobs,
  sharp,
  typescript: {
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
  },
  telemetry: false,
})
