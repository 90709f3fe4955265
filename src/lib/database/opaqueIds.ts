import type { Config } from 'payload'

type JSONSchema = Record<string, unknown>
type SchemaHook = NonNullable<NonNullable<Config['typescript']>['schema']>[number]

/** What an id is, to the code above the database seam: a number on SQLite, a string elsewhere. */
const OPAQUE_ID = ['string', 'number']

const isIdType = (type: unknown) => type === 'number' || type === 'string'

/** The id's JSON type, kept nullable if it was: `number` or `[number, null]` becomes string | number (| null). */
function opaque(type: unknown): unknown {
  if (isIdType(type)) return OPAQUE_ID
  if (Array.isArray(type) && type.length === 2 && type.includes('null') && type.some(isIdType))
    return [...OPAQUE_ID, 'null']
  return type
}

/**
 * `payload generate:types` writes each id as the running engine stores it (`number` on SQLite,
 * `string` on PostgreSQL and MongoDB), so the committed src/payload-types.ts would depend on the
 * engine of whoever generated it, and code could lean on one engine's id type. This hook makes
 * every id `string | number` whatever the engine: the id of each collection and global, the id
 * that stands beside a related document in every relationship and upload field, and the
 * adapter's `defaultIDType`.
 */
export const opaqueIdTypes: SchemaHook = ({ config, jsonSchema }) => {
  const collectionRefs = new Set(
    config.collections.map((collection) => `#/definitions/${collection.slug}`),
  )
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (!node || typeof node !== 'object') return
    const schema = node as JSONSchema
    for (const key of ['oneOf', 'anyOf'] as const) {
      const options = schema[key]
      if (
        Array.isArray(options) &&
        options.some((option: JSONSchema) => collectionRefs.has(String(option?.$ref)))
      ) {
        for (const option of options as JSONSchema[])
          if (!option.$ref && 'type' in option) option.type = opaque(option.type)
      }
    }
    Object.values(schema).forEach(visit)
  }
  const definitions = (jsonSchema.definitions ?? {}) as Record<string, JSONSchema>
  const idOf = (definition: string) =>
    (definitions[definition]?.properties as Record<string, JSONSchema> | undefined)?.id
  for (const entity of [...config.collections, ...config.globals]) {
    const id = idOf(entity.slug)
    if (id) id.type = opaque(id.type)
  }
  const db = (
    (jsonSchema.properties as Record<string, JSONSchema> | undefined)?.db?.properties as
      Record<string, JSONSchema> | undefined
  )?.defaultIDType
  if (db) db.type = opaque(db.type)
  visit(jsonSchema)
  return jsonSchema
}
