/**
 * Word manuscripts converted into drafts (src/lib/manuscripts/docxToLexical.ts): Word's Title
 * paragraph becomes the article's title and leaves the body, and the headings move down so that
 * the body's top level is h2 under the page's own h1, keeping their order, at most h6.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'

import { createSubmission, type World } from '../helpers/fixtures'
import { acceptAndConvert } from '../helpers/submissions'
import type { TestApp } from '../helpers/testApp'
import { startWorld } from '../helpers/world'

let app: TestApp
let payload: Payload
let world: World
beforeAll(async () => ({ app, payload, world } = await startWorld()))
afterAll(() => app?.close())

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

type Paragraph = { text: string; style?: 'TITLE' | `HEADING_${1 | 2 | 3 | 4 | 5 | 6}` }

/** A Word file with these paragraphs, each in Word's built-in style (Title, Heading n) or Normal. */
async function wordFile(paragraphs: Paragraph[]): Promise<Buffer> {
  const { Document, HeadingLevel, Packer, Paragraph } = await import('docx')
  const children = paragraphs.map(
    ({ text, style }) => new Paragraph({ text, heading: style && HeadingLevel[style] }),
  )
  return Packer.toBuffer(new Document({ sections: [{ children }] }))
}

/** An accepted DOCX submission converted by an editor through the REST endpoint. */
async function convertWord(paragraphs: Paragraph[], formTitle = 'The title on the form') {
  const data = await wordFile(paragraphs)
  const submission = await createSubmission(payload, { title: formTitle })
  // The fixture's file is a PDF: the manuscript is replaced by the Word file.
  const withWord = await payload.update({
    collection: 'submissions',
    id: submission.id,
    data: {},
    file: { data, mimetype: DOCX, name: `manuscript-${submission.id}.docx`, size: data.length },
  })
  expect(withWord.mimeType).toBe(DOCX)
  return acceptAndConvert(world, payload, submission.id)
}

type LexicalNode = { type: string; tag?: string; text?: string; children?: LexicalNode[] }

const textOf = (node: LexicalNode): string =>
  node.text ?? (node.children ?? []).map(textOf).join('')

/** The body's top-level blocks as [tag or type, text]. */
const outline = (article: Article) =>
  (article.body.root.children as unknown as LexicalNode[]).map((node) => [
    node.tag ?? node.type,
    textOf(node),
  ])

describe('converting a Word manuscript', () => {
  it("takes Word's Title as the article's title and out of the body, and starts headings at h2", async () => {
    const article = await convertWord([
      { text: 'Water and the Kura basin', style: 'TITLE' },
      { text: 'An opening paragraph.' },
      { text: 'Background', style: 'HEADING_1' },
      { text: 'Upstream dams', style: 'HEADING_2' },
      { text: 'Reservoir levels', style: 'HEADING_3' },
      { text: 'Text under the third level.' },
      { text: 'Conclusions', style: 'HEADING_1' },
    ])
    expect(article.title).toBe('Water and the Kura basin')
    expect(outline(article)).toEqual([
      ['paragraph', 'An opening paragraph.'],
      ['h2', 'Background'],
      ['h3', 'Upstream dams'],
      ['h4', 'Reservoir levels'],
      ['paragraph', 'Text under the third level.'],
      ['h2', 'Conclusions'],
    ])
  })

  it('keeps the deepest headings at h6', async () => {
    const article = await convertWord([
      { text: 'Top', style: 'HEADING_1' },
      { text: 'Fifth', style: 'HEADING_5' },
      { text: 'Sixth', style: 'HEADING_6' },
    ])
    expect(outline(article)).toEqual([
      ['h2', 'Top'],
      ['h6', 'Fifth'],
      ['h6', 'Sixth'],
    ])
  })

  it('lifts a manuscript whose top heading is lower to h2, and keeps the form title without a Word Title', async () => {
    const article = await convertWord(
      [
        { text: 'Section', style: 'HEADING_3' },
        { text: 'Subsection', style: 'HEADING_4' },
      ],
      'Title from the form',
    )
    expect(article.title).toBe('Title from the form')
    expect(outline(article)).toEqual([
      ['h2', 'Section'],
      ['h3', 'Subsection'],
    ])
  })

  it('keeps the form title when the Word Title is too long for one', async () => {
    const article = await convertWord(
      [{ text: 'Long '.repeat(60).trim(), style: 'TITLE' }, { text: 'Body.' }],
      'Short form title',
    )
    expect(article.title).toBe('Short form title')
    expect(outline(article)).toEqual([['paragraph', 'Body.']])
  })
})
