/**
 * Another server on the test file's database, in a process of its own, as a second instance
 * behind a load balancer would be: same database, same PAYLOAD_SECRET, nothing else shared.
 * Started by tests/helpers/instances.ts; prints its address and serves until it is killed.
 *
 *   node --conditions=development scripts/run-ts.mjs tests/helpers/secondInstance.ts
 */
import type { AddressInfo } from 'node:net'

import { getPayload } from 'payload'

import configPromise from '@payload-config'

import { listen } from './testApp'

const config = await configPromise
await getPayload({ config })
const server = await listen(config)
console.info(`LISTENING http://127.0.0.1:${(server.address() as AddressInfo).port}`)
