import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import type { Article } from '@/payload-types'

import { FormattedDate } from './FormattedDate'

type Correction = NonNullable<Article['corrections']>[number]

/** The corrections of the text shown (its language: the page's, or English when untranslated). */
export const correctionsOf = (article: Article, textLanguage: Locale): Correction[] =>
  (article.corrections ?? []).filter((correction) => correction.language === textLanguage)

/** The article's correction history, dated, oldest first, at the end of the text. */
export function Corrections({
  corrections,
  locale,
}: {
  corrections: Correction[]
  locale: Locale
}) {
  if (corrections.length === 0) return null
  const t = messagesFor(locale)
  return (
    <section className="corrections" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">{t.corrections}</h2>
      <ol>
        {corrections.map((correction) => (
          <li key={correction.id ?? correction.date}>
            <strong>
              {t.correctedOn} <FormattedDate value={correction.date} locale={locale} />:
            </strong>{' '}
            {correction.note}
          </li>
        ))}
      </ol>
    </section>
  )
}
