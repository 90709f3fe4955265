import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import type { ContactBlock as Block } from '@/payload-types'

/** Without an editor's map link, the address is looked up on OpenStreetMap (no account, no tracking). */
const mapLink = (block: Block) =>
  block.mapUrl ||
  (block.address
    ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(block.address.replace(/\s*\n\s*/g, ', '))}`
    : undefined)

/** The think tank's address, e-mail and telephone, each a link a phone can act on. */
export function ContactBlock({ block, locale }: { block: Block; locale: Locale }) {
  const t = messagesFor(locale).blocks
  const map = mapLink(block)
  return (
    <section className="block block-contact">
      {block.heading && <h2>{block.heading}</h2>}
      <dl>
        {block.address && (
          <>
            <dt>{t.address}</dt>
            <dd>
              <address>
                {block.address.split('\n').map((line, index) => (
                  <span key={index}>{line}</span>
                ))}
              </address>
              {map && <a href={map}>{t.onMap}</a>}
            </dd>
          </>
        )}
        {block.email && (
          <>
            <dt>{t.email}</dt>
            <dd>
              <a href={`mailto:${block.email}`}>{block.email}</a>
            </dd>
          </>
        )}
        {block.phone && (
          <>
            <dt>{t.phone}</dt>
            <dd>
              <a href={`tel:${block.phone.replace(/[^\d+]/g, '')}`}>{block.phone}</a>
            </dd>
          </>
        )}
      </dl>
    </section>
  )
}
