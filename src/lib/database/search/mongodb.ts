/**
 * MongoDB's full-text index: a text index over the entries' terms, weighted like the SQL engines'
 * columns, ranked by its text score. Made on first use (MongoDB has no migrations here). Its text
 * search has no prefix matching: an Azerbaijani word matches whole there (README, Search).
 */
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload } from 'payload'

import type { SearchIndex } from '../engine'

import { entryColumns, toMatch } from './shared'

const indexed = new WeakSet<Payload>()

async function entries(payload: Payload) {
  const { db } = (payload.db as unknown as MongooseAdapter).connection
  if (!db) throw new Error('MongoDB is not connected')
  const collection = db.collection('search_entries')
  if (!indexed.has(payload)) {
    await collection.createIndex(
      { title: 'text', standfirst: 'text', names: 'text', body: 'text', variants: 'text' },
      {
        name: 'search_text',
        weights: { title: 10, standfirst: 5, names: 4, body: 1, variants: 1 },
        default_language: 'none',
      },
    )
    await collection.createIndex({ type: 1, doc: 1 })
    indexed.add(payload)
  }
  return collection
}

export const mongodbSearch: SearchIndex = {
  async replace(payload, _req, type, doc, list) {
    const collection = await entries(payload)
    await collection.deleteMany({ type, doc })
    if (!list.length) return
    await collection.insertMany(
      list.map((entry) => {
        const [lang, kind, published, topics, authors] = entryColumns(entry)
        const { title, standfirst, names, body, variants } = entry
        return {
          type,
          doc,
          lang,
          kind,
          published,
          topics,
          authors,
          title,
          standfirst,
          names,
          body,
          variants,
        }
      }),
    )
  },
  async documents(payload, _req, type) {
    return (await (await entries(payload)).distinct('doc', { type })).map(String)
  },
  async match(payload, type, clauses) {
    const collection = await entries(payload)
    const found = await Promise.all(
      // Quoted, every part is required (MongoDB's phrases are ANDed; bare words would be ORed).
      clauses.map((clause) =>
        collection
          .find(
            {
              $text: { $search: clause.parts.map(({ terms }) => `"${terms.join(' ')}"`).join(' ') },
              type,
              lang: clause.lang,
            },
            {
              projection: {
                rank: { $meta: 'textScore' },
                title: 0,
                standfirst: 0,
                names: 0,
                body: 0,
              },
            },
          )
          .toArray(),
      ),
    )
    return found.flat().map((row) => toMatch(row as Record<string, unknown>))
  },
}
