/* Payload's GraphQL route (scaffolded by create-payload-app), the body read under a ceiling first. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { REQUEST_MAX_BYTES } from '@/collections/Submissions'
import { limitBody } from '@/lib/bodyLimit'

export const POST = limitBody(GRAPHQL_POST(config), REQUEST_MAX_BYTES)

export const OPTIONS = REST_OPTIONS(config)
