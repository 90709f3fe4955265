/**
 * The "trivial prerendered Next.js page" ceiling: static text of about the article page's size,
 * prerendered at build time. Two ceilings use it: bench/lib/nextCeiling.ts copies it into
 * src/app/(bench)/bench-ceiling/ for the benchmark's own build only (so it never ships), served by
 * the site's `next start`; bench/lib/bareNext.ts makes it the page of a bare Next.js app, with
 * CEILING_TEXT_BYTES set to match the article page's size.
 */
export const dynamic = 'force-static'

/** Text bytes; the HTML carries the text twice (markup and the inlined RSC payload). */
const TEXT_BYTES = Number(process.env.CEILING_TEXT_BYTES) || 35_500
const PARAGRAPH =
  'Regional security in the South Caucasus depends on corridors, coalitions and the choices of small states between larger neighbours. '

export default function BenchCeilingPage() {
  const count = Math.ceil(TEXT_BYTES / PARAGRAPH.length)
  return (
    <main>
      <h1>Benchmark ceiling</h1>
      {Array.from({ length: count }, (_, index) => (
        <p key={index}>{PARAGRAPH}</p>
      ))}
    </main>
  )
}
