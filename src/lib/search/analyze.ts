/**
 * How words become index terms, the same for the text that is indexed and for what readers type,
 * and the same on every database engine: the engines only store and match the terms made here.
 * So "sanctions" and "sanction", "санкции" and "санкций" meet in one term, and a query typed
 * without Azerbaijani letters (ə, ğ, ı, ö, ü, ş, ç) meets the word written with them. SQLite's
 * FTS5 has no Russian stemmer and no engine knows Azerbaijani, hence doing it here.
 */
import snowball from 'snowball-stemmers'

import type { Locale } from '@/i18n/config'

type Stemmer = { stem: (word: string) => string }

/** Snowball, as PostgreSQL's own `english` and `russian` configurations use. Azerbaijani has none. */
const STEMMERS: Partial<Record<Locale, Stemmer>> = {
  en: snowball.newStemmer('english'),
  ru: snowball.newStemmer('russian'),
}

/**
 * Letters folded to what a reader without the keyboard types: Azerbaijani ə as e, dotless ı as
 * i; marks over Latin letters (ş, ç, ğ, ö, ü, é…) are dropped; Russian ё is е. The Cyrillic й keeps
 * its mark: it is a letter of its own, which the Russian stemmer expects.
 */
function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/([a-z])[\u0300-\u036f]+/g, '$1')
    .replace(/е\u0308/g, 'е')
    .normalize('NFC')
    .replace(/ə/g, 'e')
    .replace(/ı/g, 'i')
}

/** The words of a text, lower-case and folded: letters and digits, split at everything else. */
export function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(fold)
}

/** One folded word as the index stores it in `locale`'s text. */
export function stem(word: string, locale: Locale): string {
  const stemmer = STEMMERS[locale]
  return stemmer && !/\d/.test(word) ? stemmer.stem(word) : word
}

/** A text as the space-separated terms the index keeps for it in `locale`. */
export const indexTerms = (text: string | null | undefined, locale: Locale): string =>
  text
    ? words(text)
        .map((word) => stem(word, locale))
        .join(' ')
    : ''

/**
 * Azerbaijani is agglutinative and has no stemmer here, so what a reader types matches as the start
 * of indexed words ("sanksiya" finds "sanksiyaların"); a typed plural or genitive is cut back to
 * its stem first, so "sanksiyalar" finds "sanksiya" too. Only where at least five letters remain.
 */
const AZERBAIJANI_ENDINGS = ['larinin', 'lerinin', 'larin', 'lerin', 'lari', 'leri', 'lar', 'ler']
const MIN_PREFIX = 3

/** A query word as terms: what the index must hold, and whether as a word's beginning. */
export function queryTerm(word: string, locale: Locale): { term: string; prefix: boolean } {
  if (locale !== 'az' || /\d/.test(word) || word.length < MIN_PREFIX)
    return { term: stem(word, locale), prefix: false }
  const ending = AZERBAIJANI_ENDINGS.find(
    (end) => word.endsWith(end) && word.length - end.length >= 5,
  )
  return { term: ending ? word.slice(0, -ending.length) : word, prefix: true }
}
