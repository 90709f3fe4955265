import type { Locale } from '@/i18n/config'
import { linkOf } from '@/lib/navigation'
import type { CallToActionBlock as Block } from '@/payload-types'

/** A heading, a sentence and one button: "Become an analyst", "Apply", "Donate". */
export function CallToActionBlock({ block, locale }: { block: Block; locale: Locale }) {
  const link = linkOf(block.link, locale)
  return (
    <section className="block call-to-action">
      <h2>{block.heading}</h2>
      {block.text && <p>{block.text}</p>}
      {link && (
        <a className="button" href={link.href}>
          {link.label}
        </a>
      )}
    </section>
  )
}
