/**
 * Which words of a text a query matched, as the index matched them (analyze.ts): "sanctions" is
 * marked for a search for "sanction", "Məmmədov" for "mammedov". And the piece of a long text around
 * the first of them.
 */
import type { Locale } from '@/i18n/config'

import { stem, words } from './analyze'
import { termsIn, type QueryPart } from './query'

/** A test of one written word: true when the query matched it in one of `languages`. */
export function wordMatcher(parts: QueryPart[], languages: Locale[]): (word: string) => boolean {
  const tests = languages.map((lang) => {
    const terms = termsIn(parts, lang).flatMap(({ terms: list, prefix }) =>
      list.map((term) => ({ term, prefix })),
    )
    // A results page repeats its words: each is stemmed once.
    const stems = new Map<string, string>()
    return (word: string) => {
      let indexed = stems.get(word)
      if (indexed === undefined) stems.set(word, (indexed = stem(word, lang)))
      return terms.some(({ term, prefix }) =>
        prefix ? word.startsWith(term) || indexed.startsWith(term) : indexed === term,
      )
    }
  })
  // Excerpts read whole bodies word by word: each distinct written word is tested once.
  const known = new Map<string, boolean>()
  return (written) => {
    let matched = known.get(written)
    if (matched === undefined) {
      const [word] = words(written)
      matched = word !== undefined && tests.some((test) => test(word))
      known.set(written, matched)
    }
    return matched
  }
}

/** The text in pieces: `[text, matched]`, words and what is between them, in order. */
export function markWords(text: string, matches: (word: string) => boolean): [string, boolean][] {
  return text
    .split(/([\p{L}\p{N}]+)/u)
    .filter(Boolean)
    .map((piece) => [piece, /^[\p{L}\p{N}]/u.test(piece) && matches(piece)])
}

/** About two sentences of `text` around its first matched word, or null when none is in it. */
export function excerptAround(text: string, matches: (word: string) => boolean): string | null {
  const pattern = /[\p{L}\p{N}]+/gu
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
    if (!matches(found[0])) continue
    const at = found.index
    const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 80)))
    const end = text.indexOf(' ', Math.min(text.length, at + 160))
    return `${start > 0 ? '… ' : ''}${text.slice(start, end === -1 ? undefined : end).trim()}${end === -1 ? '' : ' …'}`
  }
  return null
}
