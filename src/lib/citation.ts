/**
 * "Cite this" formatters for article pages: Chicago Manual of Style 17th ed. (author-date) and BibTeX.
 *
 * Pure string functions with no dependencies, so they run the same on the server and in the browser.
 */

export type CitationInput = {
  title: string
  /** In byline order; at least one is expected (see `people` for what happens otherwise). */
  authors: { name: string }[]
  /** ISO date or date-time. */
  publishedAt: string | Date
  publisher: string
  /** Absolute URL of the article. */
  url: string
  /**
   * Ignored by the Chicago formatters: CMOS 17 (14.12) only wants an access date when a source has no
   * publication date, and ours always has one. BibTeX emits it as `urldate` when given.
   */
  accessedAt?: string | Date
}

type Person = {
  given: string
  family: string
  /** An organisation standing in as author: never inverted or split. */
  corporate?: boolean
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** CMOS 17 (15.9): up to ten authors are all listed; beyond that, the first seven and "et al." */
const MAX_LISTED_AUTHORS = 10
const LISTED_WHEN_TRUNCATED = 7

/** Words skipped when picking the title word of a BibTeX key, as Zotero and Google Scholar do. */
const KEY_STOP_WORDS = new Set(['a', 'an', 'the'])

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * Splits a byline name into given and family parts: the last word is the family name, everything before it
 * the given name(s). One-word names ("Plato") are all family name. Particles ("van", "de") and suffixes
 * ("Jr.") are not recognised; the bylines this site prints are plain "Given Family" names.
 */
export function splitName(name: string): { given: string; family: string } {
  const words = clean(name).split(' ').filter(Boolean)
  if (words.length === 0) return { given: '', family: '' }
  return { given: words.slice(0, -1).join(' '), family: words[words.length - 1] }
}

/**
 * Authors with blank names are dropped. If none are left, the publisher becomes the author, which is what
 * CMOS 17 (15.37) does for works with no personal author, so a page never renders a broken citation.
 */
function people(input: CitationInput): Person[] {
  const named = input.authors.map((a) => splitName(a.name)).filter((p) => p.family !== '')
  if (named.length > 0) return named
  return [{ given: '', family: clean(input.publisher), corporate: true }]
}

/** "Family, Given" (first author in a Chicago reference entry), or just "Family" for one-word names. */
function inverted(p: Person): string {
  return p.given ? `${p.family}, ${p.given}` : p.family
}

/** "Given Family", or just "Family" for one-word names. */
function natural(p: Person): string {
  return p.given ? `${p.given} ${p.family}` : p.family
}

/** "A", "A and B", "A, B, and C" — serial comma, as CMOS always uses. */
function joinWithAnd(items: string[]): string {
  if (items.length <= 2) return items.join(' and ')
  return `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}`
}

/** Adds a closing period unless the text already ends in terminal punctuation (an initial, "et al.", "?"). */
function withPeriod(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`
}

/**
 * Parses the date and reads it in UTC, so the year and day printed do not depend on the time zone of the
 * server or the reader's browser (a date-only ISO string such as "2026-11-21" is UTC midnight in JS).
 */
function utcParts(value: string | Date): { year: number; month: number; day: number } {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid citation date: ${String(value)}`)
  return { year: date.getUTCFullYear(), month: date.getUTCMonth(), day: date.getUTCDate() }
}

function isoDate(value: string | Date): string {
  const { year, month, day } = utcParts(value)
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * Chicago puts titles in double quotes, so double quotes inside a title become single ones (CMOS 17, 6.9).
 * A straight quote opens when it starts the title or follows a space or opening bracket, and closes otherwise.
 */
function nestQuotes(title: string): string {
  return title
    .replace(/“/g, '‘')
    .replace(/”/g, '’')
    .replace(/(^|[\s([{—–-])"/g, '$1‘')
    .replace(/"/g, '’')
}

/**
 * Reference-list entry for a web article by an organisation, CMOS 17 author-date (15.51):
 * `Bunyad, Arzu, and Ziya Kazimzada. 2026. “Title.” Publisher, November 21, 2026. https://….`
 */
export function chicagoReference(input: CitationInput): string {
  const authors = people(input)
  const listed =
    authors.length > MAX_LISTED_AUTHORS ? authors.slice(0, LISTED_WHEN_TRUNCATED) : authors
  const names = listed.map((p, i) => (i === 0 ? inverted(p) : natural(p)))

  let byline: string
  if (authors.length > MAX_LISTED_AUTHORS) byline = `${names.join(', ')}, et al.`
  // Two authors still get a comma before "and" when the first name is inverted ("Bunyad, Arzu, and …").
  else if (names.length === 2 && listed[0].given) byline = `${names[0]}, and ${names[1]}`
  else byline = joinWithAnd(names)

  const { year, month, day } = utcParts(input.publishedAt)
  const title = withPeriod(nestQuotes(clean(input.title)))
  const published = `${MONTHS[month]} ${day}, ${year}`

  return `${withPeriod(byline)} ${year}. “${title}” ${clean(input.publisher)}, ${published}. ${input.url.trim()}.`
}

/** Parenthetical in-text citation, CMOS 17 (15.28): one to three family names, then "et al." from four on. */
export function chicagoInText(input: CitationInput): string {
  const families = people(input).map((p) => p.family)
  const { year } = utcParts(input.publishedAt)
  const who = families.length >= 4 ? `${families[0]} et al.` : joinWithAnd(families)
  return `(${who} ${year})`
}

/** Romanisation for Cyrillic (Russian, Ukrainian and Azerbaijani letters); only needs to be good enough for a key. */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
  ў: 'u',
  ә: 'e',
  ғ: 'g',
  ҝ: 'g',
  ҹ: 'c',
  ј: 'y',
  һ: 'h',
  ө: 'o',
  ү: 'u',
  ҡ: 'q',
  қ: 'q',
  ң: 'n',
}

/** Latin letters that do not decompose under NFD into a base letter plus accents. */
const LATIN: Record<string, string> = {
  ə: 'e',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ħ: 'h',
  ŋ: 'n',
}

/** Lowercase ASCII letters and digits only: "Kazımzadə" → "kazimzade", "Қазақ" → "qazaq". */
function asciiFold(text: string): string {
  return text
    .toLowerCase()
    .replace(/./gu, (ch) => CYRILLIC[ch] ?? LATIN[ch] ?? ch)
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '')
}

/** `familyYEARword`, the key shape Google Scholar and Zotero produce, e.g. `bunyad2026after`. */
function bibtexKey(input: CitationInput, first: Person, year: number): string {
  const word =
    clean(input.title)
      .split(' ')
      .map(asciiFold)
      .find((w) => w !== '' && !KEY_STOP_WORDS.has(w)) ?? ''
  return `${asciiFold(first.family)}${year}${word}`
}

const BIBTEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
}

/** LaTeX-escapes a field value in one pass, so the braces added for `\textbackslash{}` are not escaped again. */
function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (ch) => BIBTEX_ESCAPES[ch])
}

/**
 * `url` is a verbatim field in biblatex: a backslash escape would end up in the link itself. Only the
 * characters that could unbalance the braces or start a TeX command are percent-encoded instead.
 */
function escapeBibtexUrl(url: string): string {
  return url.trim().replace(/[{}\\]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** biblatex author list: "Family, Given" joined by " and "; an organisation is braced so it is not split. */
function bibtexAuthor(p: Person): string {
  return p.corporate ? `{${escapeBibtex(p.family)}}` : escapeBibtex(inverted(p))
}

/**
 * A biblatex `@online` entry. The title is double-braced so BibTeX styles keep its capitalisation; `date`
 * is what biblatex uses, `year` and `month` are there for classic BibTeX styles.
 */
export function bibtex(input: CitationInput): string {
  const authors = people(input)
  const { year, month } = utcParts(input.publishedAt)
  const fields: [string, string][] = [
    ['author', authors.map(bibtexAuthor).join(' and ')],
    ['title', `{${escapeBibtex(clean(input.title))}}`],
    ['organization', escapeBibtex(clean(input.publisher))],
    ['year', String(year)],
    ['month', MONTHS[month].slice(0, 3).toLowerCase()],
    ['date', isoDate(input.publishedAt)],
    ['url', escapeBibtexUrl(input.url)],
  ]
  if (input.accessedAt !== undefined) fields.push(['urldate', isoDate(input.accessedAt)])

  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')
  return `@online{${bibtexKey(input, authors[0], year)},\n${body}\n}`
}
