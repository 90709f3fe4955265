/**
 * The editors' review desk: the manuscript's word count and "Convert to draft article" (DOCX →
 * Lexical with mammoth and Payload's HTML import; other formats linked), each through the real
 * REST API.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Submission } from '@/payload-types'

import { docxBytes, pdfBytes } from '../helpers/files'
import { acceptAndConvert, submitManuscript, type ManuscriptFile } from '../helpers/submissions'
import type { World } from '../helpers/fixtures'
import type { TestApp } from '../helpers/testApp'
import { startWorld } from '../helpers/world'

let app: TestApp
let payload: Payload
let world: World
beforeAll(async () => ({ app, payload, world } = await startWorld()))
afterAll(() => app?.close())

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

const submit = (file: ManuscriptFile, fields: Partial<Submission> = {}) =>
  submitManuscript(world, file, fields)

const setStatus = (id: Submission['id'], data: Partial<Submission>, token: string | undefined) =>
  world.api.patch(`/api/submissions/${id}`, { token, json: data })

const convert = (id: Submission['id'], token?: string) =>
  world.api.post(`/api/submissions/${id}/convert-to-draft`, { token })

/** A PDF submission an editor accepts (quietly) and converts: the draft article it became. */
async function convertedPdf(fields: Partial<Submission>) {
  const doc = await submit(
    { bytes: pdfBytes(), name: 'manuscript.pdf', type: 'application/pdf' },
    fields,
  )
  return { doc, article: await acceptAndConvert(world, payload, doc.id) }
}

describe('word count', () => {
  it('counts a DOCX manuscript on arrival; a PDF is left uncounted', async () => {
    const docx = await submit({
      bytes: await docxBytes({ paragraphs: 40 }),
      name: 'essay.docx',
      type: DOCX,
    })
    const stored = await payload.findByID({ collection: 'submissions', id: docx.id })
    // 40 filler paragraphs of 12 words, plus 21 in the heading, text, list and link (notes not counted).
    expect(stored.wordCount).toBe(40 * 12 + 21)

    const pdf = await submit({ bytes: pdfBytes(), name: 'essay.pdf', type: 'application/pdf' })
    expect(
      (await payload.findByID({ collection: 'submissions', id: pdf.id })).wordCount ?? null,
    ).toBeNull()
  })

  it('cannot be set by the submitter', async () => {
    const doc = await submit(
      { bytes: pdfBytes(), name: 'claim.pdf', type: 'application/pdf' },
      { wordCount: 1500 },
    )
    expect(
      (await payload.findByID({ collection: 'submissions', id: doc.id })).wordCount ?? null,
    ).toBeNull()
  })
})

type LexicalNode = {
  type: string
  tag?: string
  text?: string
  format?: number
  listType?: string
  fields?: any
  children?: LexicalNode[]
}
const nodesOf = (node: LexicalNode): LexicalNode[] => [
  node,
  ...(node.children ?? []).flatMap(nodesOf),
]

describe('convert to draft article', () => {
  it('is refused to readers (401), interns (403) and before acceptance (409), leaving nothing behind', async () => {
    const doc = await submit({ bytes: await docxBytes(), name: 'n.docx', type: DOCX })
    const articlesBefore = (await payload.count({ collection: 'articles' })).totalDocs
    const authorsBefore = (await payload.count({ collection: 'authors' })).totalDocs
    expect((await convert(doc.id)).status).toBe(401)
    expect((await convert(doc.id, world.tokens.intern)).status).toBe(403)
    const early = await convert(doc.id, world.tokens.editor)
    expect(early.status).toBe(409)
    expect(early.body.errors[0].path).toBe('status')
    // A missing submission whose id is valid on every engine: one made and deleted again.
    const gone = await submit({ bytes: pdfBytes(), name: 'gone.pdf', type: 'application/pdf' })
    await payload.delete({ collection: 'submissions', id: gone.id })
    expect((await convert(gone.id, world.tokens.editor)).status).toBe(404)
    expect((await convert('x'.repeat(101), world.tokens.editor)).status).toBe(404)
    expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(articlesBefore)
    expect((await payload.count({ collection: 'authors' })).totalDocs).toBe(authorsBefore)
  })

  it('turns an accepted DOCX into a draft with the matching Lexical nodes, a guest author and links both ways', async () => {
    const doc = await submit({ bytes: await docxBytes(), name: 'corridors.docx', type: DOCX })
    expect((await setStatus(doc.id, { status: 'accepted' }, world.tokens.editor)).status).toBe(200)
    const response = await convert(doc.id, world.tokens.editor)
    expect(response.status, JSON.stringify(response.body)).toBe(201)

    const article = await payload.findByID({
      collection: 'articles',
      id: response.body.article.id,
      draft: true,
      depth: 1,
    })
    expect(article._status).toBe('draft')
    expect(article.title).toBe(doc.title)
    expect(article.kind).toBe('research-note')
    expect(article.standfirst).toBe(doc.abstract)
    expect(
      typeof article.submission === 'object' ? article.submission?.id : article.submission,
    ).toBe(doc.id)

    const [author] = article.authors as {
      name: string
      affiliation?: string
      email?: string
      id: Submission['id']
    }[]
    expect(author.name).toBe(doc.name)
    expect(author.affiliation).toBe('Caucasus Institute')
    expect(author.email).toBe(doc.email)
    expect(
      (await payload.count({ collection: 'users', where: { author: { equals: author.id } } }))
        .totalDocs,
    ).toBe(0)

    const nodes = nodesOf(article.body.root as unknown as LexicalNode)
    const heading = nodes.find((node) => node.type === 'heading')
    expect(heading?.tag).toBe('h2')
    expect(heading?.children?.[0].text).toBe('Energy corridors after 2025')
    expect(nodes.find((node) => node.text === 'strategic')?.format).toBe(1) // bold
    expect(nodes.find((node) => node.text === 'commercial')?.format).toBe(2) // italic
    const list = nodes.find((node) => node.type === 'list')
    expect(list?.listType).toBe('bullet')
    expect(list?.children?.map((item) => item.children?.[0].text)).toEqual([
      'First risk: transit fees',
      'Second risk: sanctions',
    ])
    const link = nodes.find((node) => node.type === 'link')
    expect(link?.fields.url).toBe('https://example.org/report')
    expect(link?.children?.[0].text).toBe('the full report')
    const footnote = nodes.find((node) => node.type === 'inlineBlock')
    expect(footnote?.fields).toMatchObject({
      blockType: 'footnote',
      note: 'State Statistical Committee, 2025 yearbook.',
    })
    // The note's list and its "[1]" marker are gone from the running text.
    expect(nodes.some((node) => node.text?.includes('[1]') || node.text?.includes('↑'))).toBe(false)

    const linked = await payload.findByID({ collection: 'submissions', id: doc.id, depth: 0 })
    expect(linked.article).toBe(article.id)
    const again = await convert(doc.id, world.tokens.editor)
    expect(again.status).toBe(409)
    expect(again.body.errors[0].path).toBe('article')
  })

  it('reuses the author profile of the same name, and links a PDF manuscript from the draft', async () => {
    const { doc, article } = await convertedPdf({ name: world.otherAuthor.name })
    expect(article.authors).toEqual([world.otherAuthor.id])
    const text = nodesOf(article.body.root as unknown as LexicalNode)
      .map((node) => node.text ?? '')
      .join(' ')
    expect(text).toContain(`/api/submissions/file/${doc.filename}`)
  })

  it('answers 422 for a manuscript it cannot read, creating nothing', async () => {
    const doc = await submit({ bytes: await docxBytes(), name: 'lost.docx', type: DOCX })
    await setStatus(doc.id, { status: 'accepted' }, world.tokens.editor)
    fs.writeFileSync(
      path.join(app.uploadDir, 'submissions', doc.filename!),
      'no longer a Word file',
    )
    const before = {
      articles: (await payload.count({ collection: 'articles' })).totalDocs,
      authors: (await payload.count({ collection: 'authors' })).totalDocs,
    }
    const response = await convert(doc.id, world.tokens.editor)
    expect(response.status).toBe(422)
    expect(response.body.errors[0].path).toBe('file')
    expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(before.articles)
    expect((await payload.count({ collection: 'authors' })).totalDocs).toBe(before.authors)
    expect(
      (await payload.findByID({ collection: 'submissions', id: doc.id })).article ?? null,
    ).toBeNull()
  })

  it('undoes what it created when a later step fails: no guest author, no article, no link', async () => {
    const doc = await submit({ bytes: pdfBytes(), name: 'long.pdf', type: 'application/pdf' })
    await setStatus(doc.id, { status: 'accepted' }, world.tokens.editor)
    // A title longer than an article's (200): the guest author is created, then the article is refused.
    await payload.db.updateOne({
      collection: 'submissions',
      id: doc.id,
      data: { title: 'T'.repeat(250) },
    })
    const count = async () => ({
      articles: (await payload.count({ collection: 'articles' })).totalDocs,
      authors: (await payload.count({ collection: 'authors' })).totalDocs,
    })
    const before = await count()
    const response = await convert(doc.id, world.tokens.editor)
    expect(response.status, JSON.stringify(response.body)).toBeGreaterThanOrEqual(400)
    expect(await count()).toEqual(before)
    expect(
      (await payload.count({ collection: 'authors', where: { name: { equals: doc.name } } }))
        .totalDocs,
    ).toBe(0)
    expect(
      (await payload.findByID({ collection: 'submissions', id: doc.id, depth: 0 })).article ?? null,
    ).toBeNull()
  })

  it('gives the draft a free slug when an article already has its title', async () => {
    const { article } = await convertedPdf({ title: world.published.title })
    expect(article.slug).toBe(`${world.published.slug}-2`)
  })

  it('keeps the link to the submission from readers and interns, who cannot even query by it', async () => {
    const { article } = await convertedPdf({ title: 'Published from a submission' })
    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' } })
    const read = await world.api.get(`/api/articles/${article.id}?depth=0`)
    expect(read.status).toBe(200)
    expect(read.body).not.toHaveProperty('submission')
    for (const role of ['anonymous', 'intern'] as const) {
      const probe = await world.api.get(`/api/articles?where[submission][exists]=true&depth=0`, {
        token: world.tokens[role],
      })
      expect(probe.status, role).toBe(400)
    }
  })
})
