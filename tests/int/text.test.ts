import { describe, expect, it } from 'vitest'

import { collectFootnotes } from '@/components/RichText'
import { countWords, lexicalToPlainText, readingMinutes, summary } from '@/lib/lexicalText'

const text = (value: string) => ({ type: 'text', text: value })
const doc = {
  root: {
    type: 'root',
    children: [
      { type: 'heading', tag: 'h2', children: [text('A heading')] },
      {
        type: 'paragraph',
        children: [text('First '), { type: 'link', children: [text('linked')] }, text(' words.')],
      },
      {
        type: 'list',
        children: [
          { type: 'listitem', children: [text('One')] },
          { type: 'listitem', children: [text('Two')] },
        ],
      },
      {
        type: 'paragraph',
        children: [
          text('A claim'),
          { type: 'inlineBlock', fields: { id: 'a', blockType: 'footnote', note: 'Source one.' } },
          text(' and another'),
          { type: 'inlineBlock', fields: { id: 'b', blockType: 'footnote', note: 'Source two.' } },
        ],
      },
    ],
  },
}

describe('Lexical text helpers', () => {
  it('extracts readable text block by block', () => {
    expect(lexicalToPlainText(doc)).toBe(
      'A heading\n\nFirst linked words.\n\nOne\n\nTwo\n\nA claim and another',
    )
    expect(lexicalToPlainText(null)).toBe('')
  })

  it('counts words and reading minutes (at least one)', () => {
    expect(countWords(lexicalToPlainText(doc))).toBe(11)
    expect(readingMinutes('word '.repeat(900))).toBe(4)
    expect(readingMinutes('')).toBe(1)
  })

  it('summarises at a sentence boundary', () => {
    expect(summary('One two. Three four. Five six.', 12)).toBe('One two.')
    expect(summary('Short.', 100)).toBe('Short.')
  })

  it('numbers footnotes in reading order', () => {
    expect(collectFootnotes(doc)).toEqual([
      { id: 'a', note: 'Source one.' },
      { id: 'b', note: 'Source two.' },
    ])
  })
})
