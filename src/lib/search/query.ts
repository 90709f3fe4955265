/**
 * What a reader types, read as a search: words that must all match, "exact phrases" in double
 * quotes (straight or typographic). Nothing a reader types is an operator of an engine's query
 * language: each engine's index (src/lib/database/search/) writes the terms into its own syntax.
 */
import type { SearchTerms } from '@/lib/database'
import type { Locale } from '@/i18n/config'

import { queryTerm, stem, words } from './analyze'

export const MAX_QUERY_LENGTH = 100
/** More words than this are left out: a pasted paragraph is not a search. */
const MAX_PARTS = 8

/** One thing that must match: a word, or the words of a phrase one after another. */
export type QueryPart = { words: string[]; phrase: boolean }

/** The parts of a query, folded (analyze.ts), without repeats, at most MAX_PARTS. */
export function parseQuery(query: string): QueryPart[] {
  const parts: QueryPart[] = []
  const seen = new Set<string>()
  const add = (found: string[], phrase: boolean) => {
    const key = found.join(' ')
    if (!found.length || seen.has(key)) return
    seen.add(key)
    parts.push({ words: found, phrase: phrase && found.length > 1 })
  }
  // Quoted stretches are phrases; the text between them is single words.
  const pieces = query.split(/["“”„«»]/)
  pieces.forEach((piece, index) => {
    const quoted = index % 2 === 1 && index < pieces.length - 1
    if (quoted) add(words(piece), true)
    else for (const word of words(piece)) add([word], false)
  })
  return parts.slice(0, MAX_PARTS)
}

/** The query's parts as `locale`'s index terms. A phrase is exact: only a lone word matches as a prefix. */
export function termsIn(parts: QueryPart[], locale: Locale): SearchTerms[] {
  return parts.map((part) => {
    if (part.phrase) return { terms: part.words.map((word) => stem(word, locale)), prefix: false }
    const { term, prefix } = queryTerm(part.words[0], locale)
    return { terms: [term], prefix }
  })
}
