/**
 * Text for the RSS feeds. Titles, standfirsts and names there can come from outside submitters
 * (a submission's title and abstract become an article's through convert-to-draft), and the
 * `feed` library writes them with xml-js, which mishandles some text. These functions hand it text
 * it writes correctly, so a feed is well-formed and says exactly what the article says.
 * tests/int/feeds-xml.test.ts fails if a new version of either library writes text differently.
 */

/**
 * XML 1.0 allows tab, line feed, carriage return and every code point from U+0020 except lone
 * surrogates, U+FFFE and U+FFFF. Any other one (a control character pasted from a PDF, half an emoji
 * cut off by a length limit) makes the whole feed unreadable to a strict reader, so it is left out.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

const CDATA_END = ']]>'
/** `]]` ends one CDATA section and `>` starts the next: the only way to write `]]>` in CDATA. */
const SPLIT_CDATA_END = ']]]]><![CDATA[>'

const xmlChars = (text: string) => text.replace(NOT_XML_CHAR, '')

/**
 * For an item's title and description, which the library writes as CDATA. xml-js splits only the
 * first `]]>` (a `String.replace` with a string pattern), so a second one ended the section and
 * what followed was read as markup. The first is left for xml-js to split; every later one is split here.
 */
export function feedCdata(text: string): string {
  const clean = xmlChars(text)
  const first = clean.indexOf(CDATA_END)
  if (first === -1) return clean
  const rest = first + CDATA_END.length
  return clean.slice(0, rest) + clean.slice(rest).replaceAll(CDATA_END, SPLIT_CDATA_END)
}

/**
 * For every other text, which the library writes as an element's text. xml-js takes each `&amp;`
 * for an `&` someone escaped already and unescapes it first, so a name with "&amp;" in it came out
 * as "&". Escaping every `&` here is exactly what that unescaping undoes.
 */
export const feedText = (text: string) => xmlChars(text).replaceAll('&', '&amp;')
