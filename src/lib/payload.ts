import config from '@payload-config'
import { getPayload } from 'payload'

import { isBuilding } from '@/lib/config/phase'

/**
 * The one Payload instance of this process (getPayload caches it). Refused inside `next build`,
 * so that a page which would bake the build machine's content into the build fails it instead.
 */
export async function getPayloadClient() {
  if (isBuilding()) throw new Error('`next build` reads no content: see src/lib/config/phase.ts')
  return getPayload({ config })
}
