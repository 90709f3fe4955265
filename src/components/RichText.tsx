import {
  RichText as LexicalRichText,
  type JSXConvertersFunction,
} from '@payloadcms/richtext-lexical/react'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { ReactNode } from 'react'

import type { Media } from '@/payload-types'

import { MediaImage } from './MediaImage'

type Footnote = { id: string; note: string }

/** Footnotes in reading order, so inline markers and the endnote list share one numbering. */
export function collectFootnotes(value: unknown): Footnote[] {
  const notes: Footnote[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const { type, fields, children, root } = node as {
      type?: string
      fields?: { id?: string; blockType?: string; note?: string }
      children?: unknown[]
      root?: unknown
    }
    if (type === 'inlineBlock' && fields?.blockType === 'footnote' && fields.note) {
      notes.push({ id: fields.id ?? String(notes.length), note: fields.note })
    }
    if (root) walk(root)
    children?.forEach(walk)
  }
  walk(value)
  return notes
}

function converters(footnotes: Footnote[]): JSXConvertersFunction {
  return ({ defaultConverters }) => ({
    ...defaultConverters,
    upload: ({ node }) => {
      const media = (node as { value?: Media }).value
      if (!media || typeof media !== 'object' || !media.mimeType?.startsWith('image/')) return null
      return (
        <figure className="body-figure">
          <MediaImage media={media} sizes="(min-width: 760px) 680px, 100vw" />
          {media.credit && <figcaption>{media.credit}</figcaption>}
        </figure>
      )
    },
    inlineBlocks: {
      footnote: ({ node }: { node: { fields: { id?: string } } }) => {
        const id = node.fields.id
        const number = footnotes.findIndex((footnote) => footnote.id === id) + 1
        if (number === 0) return null
        return (
          <sup className="footnote-ref" id={`fnref-${number}`}>
            <a href={`#fn-${number}`} aria-describedby="endnotes-heading">
              {number}
            </a>
          </sup>
        )
      },
    },
  })
}

/** A Lexical document as HTML: headings, lists, links, quotes, images and numbered footnote markers. */
export function RichText({
  data,
  footnotes = [],
  className,
}: {
  data: unknown
  footnotes?: Footnote[]
  className?: string
}) {
  if (!data || typeof data !== 'object') return null
  return (
    <LexicalRichText
      className={className}
      data={data as SerializedEditorState}
      converters={converters(footnotes)}
    />
  )
}

/** An address in running text, up to (not including) a closing punctuation mark after it. */
const URL_IN_TEXT = /https?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]'’”]/g

/** Plain text (a footnote is typed as one) with every web address in it made a link. */
function TextWithLinks({ text }: { text: string }) {
  const parts: ReactNode[] = []
  let from = 0
  for (const match of text.matchAll(URL_IN_TEXT)) {
    parts.push(text.slice(from, match.index))
    parts.push(
      <a key={match.index} href={match[0]}>
        {match[0]}
      </a>,
    )
    from = match.index + match[0].length
  }
  parts.push(text.slice(from))
  return <>{parts}</>
}

/** The footnotes of a text, printed as endnotes with links back to their markers. */
export function Endnotes({
  footnotes,
  heading,
  backLabel,
}: {
  footnotes: Footnote[]
  heading: string
  backLabel: string
}) {
  if (footnotes.length === 0) return null
  return (
    <section className="endnotes" aria-labelledby="endnotes-heading">
      <h2 id="endnotes-heading">{heading}</h2>
      <ol>
        {footnotes.map((footnote, index) => (
          <li key={footnote.id} id={`fn-${index + 1}`}>
            <TextWithLinks text={footnote.note} />{' '}
            <a href={`#fnref-${index + 1}`} aria-label={backLabel}>
              ↩
            </a>
          </li>
        ))}
      </ol>
    </section>
  )
}
