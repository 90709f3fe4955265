/**
 * What the database itself holds, read with plain SQL beside the running instances: the counts the
 * checks judge by must not depend on the application they judge (its access rules, its caches).
 * Table and column names are those of migrations/postgres/.
 */
import pg from 'pg'

async function query<Row>(uri: string, sql: string, params: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({
    connectionString: uri,
    connectionTimeoutMillis: 10_000,
    statement_timeout: 30_000,
  })
  await client.connect()
  try {
    return (await client.query(sql, params)).rows as Row[]
  } finally {
    await client.end()
  }
}

/** How many versions of the article were saved as published: one per publication. */
export async function publishedVersions(uri: string, articleId: string): Promise<number> {
  const [row] = await query<{ count: string }>(
    uri,
    `SELECT count(*) FROM "_articles_v" WHERE "parent_id" = $1 AND "version__status" = 'published'`,
    [articleId],
  )
  return Number(row.count)
}

/** Every comment's and submission's e-mail address ending in `domain`, with the submission's file name. */
export async function storedWrites(uri: string, domain: string) {
  const pattern = `%@${domain}`
  const [comments, submissions] = await Promise.all([
    query<{ email: string }>(
      uri,
      `SELECT "author_email" AS email FROM "comments" WHERE "author_email" LIKE $1`,
      [pattern],
    ),
    query<{ email: string; filename: string | null }>(
      uri,
      `SELECT "email", "filename" FROM "submissions" WHERE "email" LIKE $1`,
      [pattern],
    ),
  ])
  return { comments, submissions }
}

/** The file name of every submission record (all of them: their files share the bucket's folder). */
export async function submissionFiles(uri: string): Promise<(string | null)[]> {
  const rows = await query<{ filename: string | null }>(uri, `SELECT "filename" FROM "submissions"`)
  return rows.map((row) => row.filename)
}
