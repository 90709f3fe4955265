import { mongooseAdapter, type MongooseAdapter } from '@payloadcms/db-mongodb'

import type { Engine } from './engine'
import { mongodbSearch } from './search/mongodb'

const unsupported = (what: string) => () =>
  Promise.reject(
    new Error(
      `${what} of MongoDB is done with its own tools (mongodump, mongorestore, db.validate(): see the README).`,
    ),
  )

export const mongodb: Engine = {
  name: 'mongodb',
  search: mongodbSearch,
  bookkeeping: () => undefined,
  // MongoDB needs no schema migrations; its empty folder keeps `payload migrate` a no-op.
  adapter: (url, migrationDir) => mongooseAdapter({ url, migrationDir }),
  migrations: () => [],
  close: (payload) => payload.destroy(),
  drop: unsupported('Dropping a database'),
  async discard(payload) {
    await (
      payload.db as unknown as { connection?: { dropDatabase: () => Promise<void> } }
    ).connection?.dropDatabase()
    await payload.destroy()
  },
  rows: unsupported('Reading every row'),
  integrity: unsupported('Checking the integrity'),
  async ping(payload) {
    const { db } = (payload.db as unknown as MongooseAdapter).connection
    if (!db) throw new Error('MongoDB is not connected')
    await db.admin().ping()
  },
  backup: unsupported('Backup'),
  restore: unsupported('Restore'),
}
