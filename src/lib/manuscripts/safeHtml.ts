/**
 * A manuscript's HTML made safe to show inside the admin: only text structure survives (headings,
 * paragraphs, lists, tables, emphasis, links). Scripts, styles, frames, forms, images and every
 * attribute but a link's address are removed, so nothing runs and nothing is fetched from elsewhere.
 */
const KEPT = new Set(
  'p h1 h2 h3 h4 h5 h6 strong em b i u s sub sup ul ol li table thead tbody tr td th br blockquote a'.split(
    ' ',
  ),
)
/** Elements whose content is code or a resource, not the author's text: dropped whole. */
const DROPPED = new Set(
  'script style iframe frame frameset object embed img svg math link meta base form input button select textarea template noscript audio video source canvas'.split(
    ' ',
  ),
)
const SAFE_LINK = /^(https?:|mailto:|#)/i
const CELL_SPAN = /^\d{1,3}$/

function clean(element: Element) {
  for (const child of [...element.children]) {
    const tag = child.localName
    if (DROPPED.has(tag)) {
      child.remove()
      continue
    }
    clean(child)
    if (!KEPT.has(tag)) {
      child.replaceWith(...child.childNodes)
      continue
    }
    for (const attribute of [...child.attributes]) {
      const keep =
        (tag === 'a' && attribute.name === 'href' && SAFE_LINK.test(attribute.value.trim())) ||
        ((tag === 'td' || tag === 'th') &&
          (attribute.name === 'colspan' || attribute.name === 'rowspan') &&
          CELL_SPAN.test(attribute.value))
      if (!keep) child.removeAttribute(attribute.name)
    }
    if (tag === 'a' && child.hasAttribute('href') && !child.getAttribute('href')!.startsWith('#')) {
      child.setAttribute('rel', 'noopener noreferrer nofollow')
      child.setAttribute('target', '_blank')
    }
  }
}

export async function safeHtml(html: string): Promise<string> {
  // Loaded on first use, as docxToLexical does: jsdom is heavy at start-up.
  const { JSDOM } = await import('jsdom')
  const { document } = new JSDOM('').window
  const body = document.createElement('body')
  // A template parses without running or fetching anything (no scripts, no image loads).
  const template = document.createElement('template')
  template.innerHTML = html
  body.append(template.content)
  clean(body)
  // Comments and processing instructions are not the author's text either.
  const walker = document.createTreeWalker(body, 128 /* NodeFilter.SHOW_COMMENT */)
  const comments: Node[] = []
  while (walker.nextNode()) comments.push(walker.currentNode)
  comments.forEach((comment) => comment.parentNode?.removeChild(comment))
  return body.innerHTML
}
