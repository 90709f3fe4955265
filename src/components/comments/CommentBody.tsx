import { Fragment } from 'react'

const URL_PATTERN = /(https?:\/\/[^\s<>"']+)/giu
/** Trailing punctuation is usually the sentence's, not the link's. */
const TRAILING = /[.,;:!?)\]]+$/u

/**
 * A comment as plain text: React escapes every character, line breaks are kept, and only
 * http(s) addresses become links, marked as user content that search engines should not follow.
 */
export function CommentBody({ text }: { text: string }) {
  return (
    <div className="comment__body">
      {text.split(/\r?\n/).map((line, lineIndex) => (
        <Fragment key={lineIndex}>
          {lineIndex > 0 && <br />}
          {line.split(URL_PATTERN).map((part, index) => {
            if (index % 2 === 0) return <Fragment key={index}>{part}</Fragment>
            const trailing = TRAILING.exec(part)?.[0] ?? ''
            const href = part.slice(0, part.length - trailing.length)
            return (
              <Fragment key={index}>
                <a href={href} rel="nofollow ugc noopener">
                  {href}
                </a>
                {trailing}
              </Fragment>
            )
          })}
        </Fragment>
      ))}
    </div>
  )
}
