import { createClient } from '@libsql/client'

/** The first published article that takes comments: the comments' target and the probed page. */
export async function firstArticle(databaseUrl: string): Promise<{ id: number; path: string }> {
  const client = createClient({ url: databaseUrl })
  try {
    const { rows } = await client.execute("SELECT id, slug FROM articles WHERE _status = 'published' AND comments_enabled = 1 ORDER BY id LIMIT 1")
    if (!rows[0]) throw new Error('[reliability] The seed left no published article that takes comments')
    return { id: Number(rows[0].id), path: `/en/articles/${rows[0].slug}` }
  } finally {
    client.close()
  }
}
