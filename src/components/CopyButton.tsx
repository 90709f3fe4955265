'use client'

import { useState } from 'react'

/** The only script in the citation box: copies one citation. Without JavaScript the text stays selectable. */
export function CopyButton({
  text,
  label,
  doneLabel,
}: {
  text: string
  label: string
  doneLabel: string
}) {
  const [copied, setCopied] = useState(false)
  return (
    <button
      type="button"
      className="copy-button"
      onClick={async () => {
        await navigator.clipboard.writeText(text)
        setCopied(true)
        setTimeout(() => setCopied(false), 2000)
      }}
    >
      <span aria-live="polite">{copied ? doneLabel : label}</span>
    </button>
  )
}
