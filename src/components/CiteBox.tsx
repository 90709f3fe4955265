import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { bibtex, chicagoReference, type CitationInput } from '@/lib/citation'

import { CopyButton } from './CopyButton'

/** "Cite this": Chicago author-date and BibTeX, each with a one-click copy. */
export function CiteBox({ citation, locale }: { citation: CitationInput; locale: Locale }) {
  const t = messagesFor(locale)
  const formats = [
    { id: 'chicago', label: t.chicago, text: chicagoReference(citation) },
    { id: 'bibtex', label: t.bibtex, text: bibtex(citation) },
  ]
  return (
    <section className="cite-box" aria-labelledby="cite-heading">
      <h2 id="cite-heading">{t.citeThis}</h2>
      {formats.map((format) => (
        <div key={format.id} className="cite-box__format">
          <h3 id={`cite-${format.id}`}>{format.label}</h3>
          <pre
            className={`citation citation--${format.id}`}
            aria-labelledby={`cite-${format.id}`}
            tabIndex={0}
          >
            {format.text}
          </pre>
          <CopyButton label={t.copy} doneLabel={t.copied} />
        </div>
      ))}
    </section>
  )
}
