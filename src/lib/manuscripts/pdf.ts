import { constants, inflateRawSync, inflateSync, type ZlibOptions } from 'node:zlib'

import { Lexer, nameOf, readValue, TooDeep, WHITE_SPACE, type Value } from './pdfSyntax'

const ACTIVE =
  'The PDF contains scripts or embedded files. Please export a plain PDF and send it again.'
const POLYGLOT =
  'The file is not a plain PDF (it also reads as another format). Please export a plain PDF and send it again.'
const ENCRYPTED =
  'The PDF is encrypted or password-protected, so it cannot be checked. Please remove the protection, export a plain PDF and send it again.'
const UNCHECKABLE =
  'The PDF cannot be checked: parts of it are compressed in a way we do not read, or too heavily. Please export a plain PDF and send it again.'

/**
 * Names that run code or carry other files when the document is opened. /EF and /EmbeddedFiles
 * carry a file even when its stream leaves out /Type /EmbeddedFile, which is optional.
 */
const ACTIVE_NAMES = [
  'JavaScript',
  'JS',
  'Launch',
  'EmbeddedFile',
  'EmbeddedFiles',
  'EF',
  'RichMedia',
  'XFA',
]
/** Markup a browser would run if it ever sniffed the file as a web page. */
const HTML_MARKERS = /<(script|html|body|iframe|svg)[\s>/]/i
/** The end-of-central-directory record of a ZIP archive: a second format hidden inside the file. */
const ZIP_DIRECTORY = Buffer.from([0x50, 0x4b, 0x05, 0x06])

/**
 * Where every object starts ("12 0 obj"): a reader finds each object it loads at one of these.
 * Not inside a longer number, and with bounded digits, so a long run of digits is not re-read from
 * each of its characters.
 */
const OBJECT_HEADER = new RegExp(
  `(?<!\\d)\\d{1,10}[${WHITE_SPACE}]+\\d{1,5}[${WHITE_SPACE}]+obj`,
  'g',
)
const ENDSTREAM_AHEAD = new RegExp(`^[${WHITE_SPACE}]*endstream`)
const FLATE = ['FlateDecode', 'Fl']
/** All inflated object streams together: a few kilobytes can inflate to gigabytes (a zip bomb). */
const INFLATE_BUDGET = 50 * 1024 * 1024
/** A 10 MB manuscript has a few dozen; many thousands are only there to make the check slow. */
const MAX_OBJECT_STREAMS = 10_000

class Uncheckable extends Error {}

type Found = {
  names: Set<string>
  objectStreams: { dictionary: Map<string, Value>; data: Buffer }[]
}

/**
 * A PDF is read as a reader reads it rather than searched for words: names are compared after
 * their `#xx` escapes are decoded, and the objects packed into compressed object streams are
 * inflated and read too. A file that cannot be read that far (encrypted, a filter other than
 * Flate on an object stream, too much to inflate) is refused, since what it hides is unknown.
 * Answers the reason to show the submitter, or undefined for a plain PDF.
 */
export function pdfActiveContent(file: Buffer): string | undefined {
  if (HTML_MARKERS.test(file.toString('latin1', 0, 4096)) || file.includes(ZIP_DIRECTORY))
    return POLYGLOT
  const found: Found = { names: new Set(), objectStreams: [] }
  try {
    readObjects(file, found)
    if (found.names.has('Encrypt')) return ENCRYPTED
    const budget = { bytes: INFLATE_BUDGET }
    // Grows while it is read, should an object stream hold another.
    for (const stream of found.objectStreams)
      readObjects(decode(stream.dictionary, stream.data, budget), found)
  } catch (error) {
    if (error instanceof Uncheckable || error instanceof TooDeep) return UNCHECKABLE
    throw error
  }
  return ACTIVE_NAMES.some((name) => found.names.has(name)) ? ACTIVE : undefined
}

/**
 * Reads each object on its own, from its header to the next one, so that a string left open or a
 * stream whose end cannot be found hides nothing beyond its own object.
 */
function readObjects(bytes: Buffer, found: Found) {
  const text = bytes.toString('latin1')
  const starts = [
    0,
    ...Array.from(text.matchAll(OBJECT_HEADER), (match) => match.index),
    text.length,
  ]
  const nextEndstream = endstreamFinder(text)
  for (let index = 0; index + 1 < starts.length; index++) {
    const lexer = new Lexer(text, starts[index], starts[index + 1], found.names)
    let previous: Value = null
    for (let token = lexer.next(); token; token = lexer.next()) {
      if (token.kind === 'word' && token.text === 'stream' && previous instanceof Map) {
        const { from, to } = streamData(text, lexer.pos, previous, nextEndstream)
        if (holdsObjects(previous)) {
          if (found.objectStreams.length >= MAX_OBJECT_STREAMS) throw new Uncheckable()
          found.objectStreams.push({ dictionary: previous, data: bytes.subarray(from, to) })
        }
        lexer.pos = to
        previous = null
      } else previous = readValue(lexer, token)
    }
  }
}

/**
 * A stream's data is never read as syntax: images and fonts are just bytes. It ends at /Length
 * when `endstream` is found there (a /Length given by reference reads as a wrong number, so is
 * not), else at the first `endstream`, as readers fall back to.
 */
function streamData(
  text: string,
  afterKeyword: number,
  dictionary: Map<string, Value>,
  nextEndstream: (from: number) => number,
) {
  const from =
    afterKeyword + (text.startsWith('\r\n', afterKeyword) ? 2 : text[afterKeyword] === '\n' ? 1 : 0)
  const length = dictionary.get('Length')
  if (typeof length === 'number' && Number.isInteger(length) && length >= 0) {
    const end = from + length
    if (ENDSTREAM_AHEAD.test(text.slice(end, end + 32))) return { from, to: end }
  }
  return { from, to: nextEndstream(from) }
}

/**
 * The first `endstream` from a position on (or the end of the text), remembered: thousands of
 * streams that lack one must not each search the rest of the file again.
 */
function endstreamFinder(text: string) {
  let searchedFrom = Infinity
  let found = -1
  return (from: number) => {
    if (from < searchedFrom || (found !== -1 && from > found)) {
      searchedFrom = from
      found = text.indexOf('endstream', from)
    }
    return found === -1 ? text.length : found
  }
}

/** pdf.js, for one, takes objects out of any stream that has /First and /N, whatever its /Type says. */
const holdsObjects = (dictionary: Map<string, Value>) =>
  nameOf(dictionary.get('Type')) === 'ObjStm' || dictionary.has('First')

/**
 * An object stream's objects, through its filters. Only Flate is decoded: it is what PDF writers
 * use. Decode parameters are refused too, since a predictor would scramble the bytes read.
 */
function decode(dictionary: Map<string, Value>, data: Buffer, budget: { bytes: number }): Buffer {
  const filter = dictionary.get('Filter') ?? []
  const filters = (Array.isArray(filter) ? filter : [filter]).map(nameOf)
  if (dictionary.has('DecodeParms') || !filters.every((name) => name && FLATE.includes(name)))
    throw new Uncheckable()
  return filters.reduce((bytes) => inflate(bytes, budget), data)
}

/** Inflates at most what is left of the budget; some readers also take deflate data without the zlib header. */
function inflate(data: Buffer, budget: { bytes: number }): Buffer {
  // Data cut short still gives what it holds, as readers show it.
  const options = { maxOutputLength: budget.bytes, finishFlush: constants.Z_SYNC_FLUSH }
  const output =
    inflateWith(inflateSync, data, options) ?? inflateWith(inflateRawSync, data, options)
  if (!output) throw new Uncheckable()
  budget.bytes -= output.length
  if (budget.bytes <= 0) throw new Uncheckable()
  return output
}

function inflateWith(
  inflater: typeof inflateSync,
  data: Buffer,
  options: ZlibOptions,
): Buffer | undefined {
  try {
    return inflater(data, options)
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new Uncheckable()
    return undefined
  }
}
