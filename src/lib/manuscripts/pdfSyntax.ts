/**
 * Just enough of PDF's object syntax (ISO 32000-1, 7.2–7.3) to read a file the way a reader
 * does: names with their `#xx` escapes decoded, strings and comments skipped as a whole, and
 * dictionaries read into maps, so a stream's /Type, /Filter and /Length can be looked up.
 */

/** PDF's white space: NUL and form feed count too, which a regular expression's `\s` gets wrong. */
export const WHITE_SPACE = '\0\t\n\f\r '
const DELIMITERS = '()<>[]{}/%'
const isRegular = (char: string) => !WHITE_SPACE.includes(char) && !DELIMITERS.includes(char)

export type Token =
  | { kind: 'name' | 'word'; text: string }
  | { kind: 'punctuation'; text: '<<' | '>>' | '[' | ']' }
  | { kind: 'string' }

export type Value = { name: string } | number | Value[] | Map<string, Value> | null

/** Deeper nesting than this is refused: no real document needs it, and it would exhaust the stack. */
const MAX_NESTING = 64

export class TooDeep extends Error {}

/**
 * Reads tokens from `text` (a file read as latin1, one character a byte) between `pos` and `end`,
 * adding every name it meets to `names`, wherever it stands.
 */
export class Lexer {
  constructor(
    readonly text: string,
    public pos: number,
    readonly end: number,
    readonly names: Set<string>,
  ) {}

  next(): Token | undefined {
    const { text, end } = this
    while (this.pos < end) {
      const char = text[this.pos]
      if (WHITE_SPACE.includes(char)) this.pos++
      else if (char === '%')
        this.skipPast('\r\n') // a comment
      else if (char === '/') return this.name()
      else if (char === '(') return this.literalString()
      else if (text.startsWith('<<', this.pos) || text.startsWith('>>', this.pos))
        return this.punctuation(2)
      else if (char === '<') return this.hexString()
      else if (char === '[' || char === ']') return this.punctuation(1)
      else if (DELIMITERS.includes(char))
        this.pos++ // a stray `)`, `>`, `{` or `}`
      else return { kind: 'word', text: this.regularRun() }
    }
    return undefined
  }

  private punctuation(length: 1 | 2): Token {
    const text = this.text.slice(this.pos, (this.pos += length)) as '<<' | '>>' | '[' | ']'
    return { kind: 'punctuation', text }
  }

  private regularRun(): string {
    const start = this.pos
    while (this.pos < this.end && isRegular(this.text[this.pos])) this.pos++
    return this.text.slice(start, this.pos)
  }

  /** `/J#61vaScript` is the name JavaScript: readers decode the escapes, so the check must too. */
  private name(): Token {
    this.pos++
    const text = this.regularRun().replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    )
    this.names.add(text)
    return { kind: 'name', text }
  }

  /** A literal string nests balanced parentheses; a backslash escapes the next character. */
  private literalString(): Token {
    let depth = 0
    do {
      const char = this.text[this.pos]
      if (char === '\\') this.pos++
      else if (char === '(') depth++
      else if (char === ')') depth--
      this.pos++
    } while (depth > 0 && this.pos < this.end)
    return { kind: 'string' }
  }

  private hexString(): Token {
    this.skipPast('>')
    return { kind: 'string' }
  }

  private skipPast(stops: string) {
    while (this.pos < this.end && !stops.includes(this.text[this.pos])) this.pos++
    this.pos++
  }
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/

/**
 * The value that starts with `token`. A reference (`12 0 R`) reads as its object number followed
 * by two loose words: nothing here needs to follow it, and a /Length read that way is checked
 * against where the stream really ends.
 */
export function readValue(lexer: Lexer, token: Token, depth = 0): Value {
  if (depth > MAX_NESTING) throw new TooDeep()
  if (token.kind === 'name') return { name: token.text }
  if (token.kind === 'word') return NUMBER.test(token.text) ? Number(token.text) : null
  if (token.kind === 'punctuation' && token.text === '<<') return readDictionary(lexer, depth + 1)
  if (token.kind === 'punctuation' && token.text === '[') return readArray(lexer, depth + 1)
  return null
}

function readDictionary(lexer: Lexer, depth: number): Map<string, Value> {
  const dictionary = new Map<string, Value>()
  for (let key = lexer.next(); key && !isPunctuation(key, '>>'); key = lexer.next()) {
    // Not a key (the loose words of a reference): read it whole so its brackets stay matched.
    if (key.kind !== 'name') readValue(lexer, key, depth)
    else {
      const value = lexer.next()
      if (!value || isPunctuation(value, '>>')) break
      dictionary.set(key.text, readValue(lexer, value, depth))
    }
  }
  return dictionary
}

function readArray(lexer: Lexer, depth: number): Value[] {
  const array: Value[] = []
  for (let item = lexer.next(); item && !isPunctuation(item, ']'); item = lexer.next())
    array.push(readValue(lexer, item, depth))
  return array
}

const isPunctuation = (token: Token, text: string) =>
  token.kind === 'punctuation' && token.text === text

export const nameOf = (value: Value | undefined) =>
  value && typeof value === 'object' && 'name' in value ? value.name : undefined
