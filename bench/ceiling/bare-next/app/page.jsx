/**
 * The bare Next.js ceiling (bench/lib/bareNext.ts): a static page in an app of its own, with no
 * rewrites, no header rules and the default cache, of about the article page's size
 * (CEILING_TEXT_BYTES of text, set by the bench when it builds this app).
 */
export const dynamic = 'force-static'

const PARAGRAPH =
  'Regional security in the South Caucasus depends on corridors, coalitions and the choices of small states between larger neighbours. '

export default function CeilingPage() {
  const count = Math.ceil(Number(process.env.CEILING_TEXT_BYTES) / PARAGRAPH.length)
  return (
    <main>
      <h1>Benchmark ceiling</h1>
      {Array.from({ length: count }, (_, index) => (
        <p key={index}>{PARAGRAPH}</p>
      ))}
    </main>
  )
}
