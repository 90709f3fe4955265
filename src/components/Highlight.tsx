import { Fragment } from 'react'

import { markWords } from '@/lib/search/highlight'

/** Text with the words a search matched wrapped in <mark>; everything stays escaped text. */
export function Highlight({ text, matches }: { text: string; matches: (word: string) => boolean }) {
  return (
    <>
      {markWords(text, matches).map(([piece, matched], index) => (
        <Fragment key={index}>{matched ? <mark>{piece}</mark> : piece}</Fragment>
      ))}
    </>
  )
}
