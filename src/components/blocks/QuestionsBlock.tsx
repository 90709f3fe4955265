import { JsonLd } from '@/components/JsonLd'
import type { QuestionsBlock as Block } from '@/payload-types'

/**
 * Questions and answers as disclosure widgets (open and close without JavaScript), described to
 * search engines as an FAQ page.
 */
export function QuestionsBlock({ block }: { block: Block }) {
  return (
    <section className="block block-questions">
      {block.heading && <h2>{block.heading}</h2>}
      {block.items.map((item, index) => (
        <details key={item.id ?? index}>
          <summary>{item.question}</summary>
          {item.answer.split(/\n{2,}/).map((paragraph, line) => (
            <p key={line}>{paragraph}</p>
          ))}
        </details>
      ))}
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'FAQPage',
          mainEntity: block.items.map((item) => ({
            '@type': 'Question',
            name: item.question,
            acceptedAnswer: { '@type': 'Answer', text: item.answer },
          })),
        }}
      />
    </section>
  )
}
