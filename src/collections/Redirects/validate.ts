import type {
  PayloadRequest,
  RelationshipFieldSingleValidation,
  TextFieldSingleValidation,
} from 'payload'
import { relationship, valueIsValueWithRelation } from 'payload/shared'

import { addressOf, isAddressedCollection, parseSitePath } from '@/lib/redirects/paths'

import { checkedWithTheirFile } from './csv'
import { databaseGraph } from './graph'
import { fromProblem, loopProblem, toProblem } from './rules'

/**
 * The redirect rules (src/lib/redirects/rules.ts) as Payload field validations, so that a refusal
 * is a 400 naming its field, on every API and in the admin form, and nothing is stored.
 */

const fromOf = (data: unknown) => {
  const parsed = parseSitePath((data as { from?: unknown } | undefined)?.from)
  return 'path' in parsed ? parsed.path : undefined
}

export const validateFrom: TextFieldSingleValidation = async (value, { id, req }) => {
  const parsed = parseSitePath(value)
  if ('error' in parsed) return parsed.error
  if (checkedWithTheirFile(req)) return true
  return (await fromProblem(parsed.path, databaseGraph(req, id))) ?? true
}

export const validateTargetPath: TextFieldSingleValidation = async (value, { data, id, req }) => {
  const parsed = parseSitePath(value)
  if ('error' in parsed) return parsed.error
  if (checkedWithTheirFile(req)) return true
  return (await toProblem(parsed.path, fromOf(data), databaseGraph(req, id))) ?? true
}

/** The address of the document a `to.reference` names, as the editor may see it. */
async function documentPath(req: PayloadRequest, value: unknown): Promise<string | undefined> {
  if (!valueIsValueWithRelation(value) || !isAddressedCollection(value.relationTo)) return undefined
  const found = await req.payload.find({
    collection: value.relationTo,
    where: { id: { equals: value.value } },
    select: { slug: true },
    depth: 0,
    limit: 1,
    overrideAccess: false,
    req,
  })
  const slug = found.docs[0]?.slug
  return slug ? addressOf(value.relationTo, slug) : undefined
}

/** Payload's own check (required, an existing document), then: not the redirect's own address. */
export const validateTargetDocument: RelationshipFieldSingleValidation = async (value, options) => {
  const own = await relationship(value, options)
  if (own !== true) return own
  const path = await documentPath(options.req, value)
  return path !== undefined && path === fromOf(options.data) ? loopProblem(path) : true
}
