/**
 * Runs a function against the Local API of the database in DATABASE_URI, for the bench's setup
 * scripts (run with scripts/run-ts.mjs, like src/seed/run.ts and tests/e2e/seed-e2e.ts).
 */
import type { Payload } from 'payload'

export async function withPayload(
  name: string,
  work: (payload: Payload) => Promise<void>,
): Promise<void> {
  try {
    const [{ default: config }, { getPayload }] = await Promise.all([
      import('@payload-config'),
      import('payload'),
    ])
    const payload = await getPayload({ config })
    await work(payload)
    await payload.destroy()
  } catch (error) {
    console.error(`[${name}] Failed:`, error)
    process.exitCode = 1
  }
  // Open handles (libSQL, sharp) must not keep the process alive once the work is done.
  process.exit()
}

/** Markdown paragraphs and headings of the demo articles: realistic text for bench articles. */
export async function demoParagraphs(): Promise<string[]> {
  const { demoArticles } = await import('@/seed/content')
  return demoArticles().flatMap((article) => article.body.split(/\n{2,}/))
}

export const wordCount = (markdown: string) => markdown.split(/\s+/).filter(Boolean).length

export async function markdownToLexical(payload: Payload) {
  const { convertMarkdownToLexical, editorConfigFactory } =
    await import('@payloadcms/richtext-lexical')
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  return (markdown: string) => convertMarkdownToLexical({ editorConfig, markdown })
}
