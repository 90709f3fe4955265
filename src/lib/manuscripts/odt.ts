import JSZip from 'jszip'

const ACTIVE =
  'The document contains macros, scripts or embedded objects. Please save it as a plain .odt and send it again.'
const PROTECTED =
  'The document is password-protected, so it cannot be checked. Please save it without a password and send it again.'
const UNREADABLE =
  'The document cannot be opened or checked. Please save it again as a plain .odt and send it again.'

const NS = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  script: 'urn:oasis:names:tc:opendocument:xmlns:script:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  draw: 'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0',
  manifest: 'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0',
}

/**
 * Parts of the package that hold macros (Basic/, Scripts/), embedded documents and OLE objects
 * with their previews (Object 1/, ObjectReplacements/), or programs (.bin).
 */
const ACTIVE_PARTS = [/^(Basic|Scripts)\//i, /^(Object \d+|ObjectReplacements)(\/|$)/i, /\.bin$/i]
const isActivePart = (path: string) =>
  ACTIVE_PARTS.some((pattern) => pattern.test(path.replace(/^\.\//, '')))

/** Script and macro code, in any of the places ODF allows it (office:script, text:script, script:*). */
const isScript = (element: Element) =>
  element.namespaceURI === NS.script ||
  (element.localName === 'script' && [NS.office, NS.text].includes(element.namespaceURI ?? ''))
/** Actions run on an event (opening the document, clicking a shape): a macro, a script or a program. */
const isEventListener = (element: Element) =>
  element.namespaceURI === NS.office &&
  element.localName === 'event-listeners' &&
  element.childElementCount > 0
const isEmbeddedObject = (element: Element) =>
  element.namespaceURI === NS.draw &&
  ['object', 'object-ole', 'plugin', 'applet'].includes(element.localName)
/** A link or attribute that calls a macro, including one installed with the office suite rather than carried in the file. */
const callsMacro = (element: Element) =>
  [...element.attributes].some((attribute) =>
    /^\s*(vnd\.sun\.star\.script|macro):/i.test(attribute.value),
  )
const ACTIVE_ELEMENTS = [isScript, isEventListener, isEmbeddedObject, callsMacro]

/** The XML parts read here, together: content.xml of a long manuscript is well under 1 MB. */
const XML_BUDGET = 10 * 1024 * 1024

class Unreadable extends Error {}

/**
 * An OpenDocument text is a ZIP package. Its parts are refused by name (macro folders, embedded
 * objects, programs), and its XML is parsed, with namespaces, since the prefixes (`script:`,
 * `draw:`) are only a convention: scripts, event actions, embedded objects, macro links.
 * Answers the reason to show the submitter, or undefined for a plain document.
 */
export async function odtActiveContent(file: Buffer): Promise<string | undefined> {
  const zip = await JSZip.loadAsync(file).catch(() => null)
  if (!zip) return UNREADABLE
  if (Object.keys(zip.files).some(isActivePart)) return ACTIVE
  try {
    const { JSDOM } = await import('jsdom') // on first use, as in docxToLexical.ts: it costs every server start ~0.6 s
    const read = xmlReader(zip, new new JSDOM().window.DOMParser())
    const manifest = await read('META-INF/manifest.xml')
    // Encrypted parts are not XML to read: what they hold is unknown.
    if (manifest?.getElementsByTagNameNS(NS.manifest, 'encryption-data').length) return PROTECTED
    const entries = [...(manifest?.getElementsByTagNameNS(NS.manifest, 'file-entry') ?? [])]
    if (entries.some((entry) => isActivePart(entry.getAttributeNS(NS.manifest, 'full-path') ?? '')))
      return ACTIVE
    for (const part of ['content.xml', 'styles.xml']) {
      const elements = [...((await read(part))?.getElementsByTagName('*') ?? [])]
      if (elements.some((element) => ACTIVE_ELEMENTS.some((isActive) => isActive(element))))
        return ACTIVE
    }
  } catch (error) {
    if (error instanceof Unreadable) return UNREADABLE
    throw error
  }
  return undefined
}

/**
 * Reads parts as XML, all of them within one budget. A part that is damaged, too large or not
 * well-formed throws Unreadable; a missing one reads as undefined.
 */
function xmlReader(zip: JSZip, parser: DOMParser) {
  const budget = { bytes: XML_BUDGET }
  return async (path: string): Promise<Document | undefined> => {
    const part = zip.file(path)
    if (!part) return undefined
    const document = parser.parseFromString(
      (await inflate(part, budget)).toString('utf8'),
      'application/xml',
    )
    if (document.getElementsByTagName('parsererror').length) throw new Unreadable()
    return document
  }
}

/** Inflated chunk by chunk, so a zip bomb stops at the budget instead of filling memory. */
function inflate(part: JSZip.JSZipObject, budget: { bytes: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    const stream = part.nodeStream('nodebuffer')
    stream.on('data', (chunk: Buffer) => {
      budget.bytes -= chunk.length
      if (budget.bytes >= 0) chunks.push(chunk)
      else {
        stream.pause()
        reject(new Unreadable())
      }
    })
    stream.on('error', () => reject(new Unreadable()))
    stream.on('end', () => resolve(Buffer.concat(chunks)))
  })
}
