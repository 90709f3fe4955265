/* Payload's REST routes (scaffolded by create-payload-app), each body read under a ceiling first. */
import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { REQUEST_MAX_BYTES } from '@/collections/Submissions'
import { limitBody } from '@/lib/bodyLimit'

export const GET = REST_GET(config)
export const POST = limitBody(REST_POST(config), REQUEST_MAX_BYTES)
export const DELETE = limitBody(REST_DELETE(config), REQUEST_MAX_BYTES)
export const PATCH = limitBody(REST_PATCH(config), REQUEST_MAX_BYTES)
export const PUT = limitBody(REST_PUT(config), REQUEST_MAX_BYTES)
export const OPTIONS = REST_OPTIONS(config)
