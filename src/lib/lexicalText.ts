/** The readable text of a Lexical document (paragraphs separated by blank lines), for search, feeds and reading time. */
export function lexicalToPlainText(value: unknown): string {
  const blocks: string[] = []
  const walk = (node: unknown, into: string[]): void => {
    if (!node || typeof node !== 'object') return
    const { text, children, root, type } = node as {
      text?: unknown
      children?: unknown[]
      root?: unknown
      type?: string
    }
    if (root) return walk(root, into)
    if (typeof text === 'string') {
      into.push(text)
      return
    }
    if (type === 'linebreak') into.push('\n')
    if (!Array.isArray(children)) return
    if (type === 'root' || type === 'list') {
      for (const child of children) walk(child, into)
      return
    }
    const parts: string[] = []
    for (const child of children) walk(child, parts)
    const block = parts.join('').trim()
    if (block)
      (type === 'paragraph' || type === 'heading' || type === 'quote' || type === 'listitem'
        ? blocks
        : into
      ).push(block)
  }
  walk(value, blocks)
  return blocks.join('\n\n')
}

export const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length

/** Minutes at ~230 words a minute, the usual figure for attentive reading of non-fiction. */
export const readingMinutes = (text: string) => Math.max(1, Math.round(countWords(text) / 230))

/** The opening sentences of a text, up to about `max` characters, for short summaries. */
export function summary(text: string, max = 280): string {
  const sentences = text.split(/(?<=[.!?])\s+/u)
  let result = ''
  for (const sentence of sentences) {
    if (result && result.length + sentence.length > max) break
    result = result ? `${result} ${sentence}` : sentence
  }
  return result.length > max * 1.5 ? `${result.slice(0, max).trimEnd()}…` : result
}

/** Plain text as a Lexical document, one paragraph per blank-line-separated block (bios, notes). */
export function plainTextToLexical(text: string) {
  const paragraph = (line: string) => ({
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '' as const,
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: [
      { type: 'text', version: 1, text: line, detail: 0, format: 0, mode: 'normal', style: '' },
    ],
  })
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '' as const,
      indent: 0,
      children: blocks.map(paragraph),
    },
  }
}
