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
 * i; marks over Latin letters (ş, ç, ğ, ö, ü, é, and the dot of İ) are dropped; Russian ё is е.
 * The Cyrillic й keeps its mark: it is a letter of its own, which the Russian stemmer expects.
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

/**
 * A short ending after an apostrophe belongs to the word before it: English "Azerbaijan's",
 * Azerbaijani "Bakı'nın" are searched as "Azerbaijan", "Bakı" (a longer part, as in "O'Brien",
 * stays a word of its own).
 */
const APOSTROPHE_ENDING = /(\p{L})['’]\p{L}{1,4}(?![\p{L}\p{M}\p{N}])/gu

/** The written words of a text, lower-case, not yet folded (marks kept with their letters). */
const writtenWords = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(APOSTROPHE_ENDING, '$1')
    .match(/[\p{L}\p{M}\p{N}]+/gu) ?? []

/** The words of a text, lower-case and folded: letters and digits, split at everything else. */
export const words = (text: string): string[] =>
  writtenWords(text)
    .map(fold)
    .filter((word) => /[\p{L}\p{N}]/u.test(word))

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
 * The other way to type a word with ə: as a, as names are spelt in passports and the English press
 * ("Məmmədov" is "Memmedov" on a keyboard, "Mammadov" in print). Indexed beside the text, so both
 * find it; only the words that have an ə.
 */
export const spellingVariants = (text: string | null | undefined): string =>
  text
    ? writtenWords(text)
        .filter((word) => word.includes('ə'))
        .map((word) => fold(word.replace(/ə/g, 'a')))
        .join(' ')
    : ''

/**
 * Azerbaijani is agglutinative and has no stemmer here, so what a reader types matches as the start
 * of indexed words ("sanksiya" finds "sanksiyaların"). A typed plural or case ending is cut back
 * first, so "sanksiyalar" finds "sanksiya" too, and so is a final k or q, which becomes y or ğ
 * before an ending ("təhlükəsizlik" finds "təhlükəsizliyi"). Only where enough letters remain.
 */
const AZERBAIJANI_ENDINGS: [ending: string, keep: number][] = [
  ['larinin', 5],
  ['lerinin', 5],
  ['larin', 5],
  ['lerin', 5],
  ['lari', 5],
  ['leri', 5],
  ['lar', 5],
  ['ler', 5],
  ['nin', 4],
  ['nun', 4],
  ['dan', 4],
  ['den', 4],
  ['in', 5],
  ['un', 5],
  ['da', 4],
  ['de', 4],
]
const MIN_PREFIX = 3
/** Russian stems of at least this length match as beginnings too: Snowball cuts names unevenly ("Азербайджан", "в Азербайджане"). */
const MIN_RUSSIAN_PREFIX = 5

function azerbaijaniPrefix(word: string): string {
  const cut = AZERBAIJANI_ENDINGS.find(
    ([ending, keep]) => word.endsWith(ending) && word.length - ending.length >= keep,
  )
  const base = cut ? word.slice(0, -cut[0].length) : word
  return /[kq]$/.test(base) && base.length > 5 ? base.slice(0, -1) : base
}

/** A query word as the term the index must hold, and whether as a word's beginning. */
export function queryTerm(word: string, locale: Locale): { term: string; prefix: boolean } {
  if (/\d/.test(word) || word.length < MIN_PREFIX)
    return { term: stem(word, locale), prefix: false }
  if (locale === 'az') return { term: azerbaijaniPrefix(word), prefix: true }
  const term = stem(word, locale)
  return { term, prefix: locale === 'ru' && term.length >= MIN_RUSSIAN_PREFIX }
}
