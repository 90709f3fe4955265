/**
 * A reader comments on B through the no-JavaScript form (303 back to the article), an editor
 * approves it through A's REST API, and the comment must show on the article page through nginx
 * and on B within 2 s. On a seeded article, which both instances have shown from the start: this
 * check does not depend on the publish check's outcome.
 */
import { readerAddress } from '../http'
import { postPageForm } from '../forms'
import { approveComment, findBy } from '../rest'
import { warm, watchUntilFresh } from '../watch'

import { fromBoth, TARGET_MS } from './freshness'
import { seconds, type CheckResult, type Context } from './types'

export async function checkComment(
  context: Context,
  article: { id: string; slug: string },
): Promise<CheckResult> {
  const { cluster, editor, runId } = context
  const path = `/articles/${article.slug}`
  const email = `commenter@${runId}.example.org`
  const body = `A reader's comment through instance B, ${runId}.`
  const posted = await postPageForm(
    cluster.b.baseURL,
    path,
    'form#respond',
    { authorName: 'Cluster Reader', authorEmail: email, body },
    readerAddress(),
  )
  const location = String(posted.headers.location ?? '')
  const accepted = posted.status === 303 && /comment=(held|published)/.test(location)
  const stored = await findBy<{ id: string; status: string }>(
    cluster.a.baseURL,
    editor,
    'comments',
    'authorEmail',
    email,
  )
  const figures: Record<string, unknown> = {
    form: `${posted.status} → ${location}`,
    storedRows: stored.length,
    statusBefore: stored[0]?.status,
  }
  if (!accepted || stored.length !== 1)
    return {
      name: 'Comment on B (no-JavaScript form), approved on A, shown through nginx',
      passed: false,
      summary: `form answered ${figures.form}; stored ${stored.length} time(s)`,
      figures,
    }
  // Cached everywhere first: what is timed is the refresh after the approval.
  await Promise.all([warm(`${cluster.nginx.baseURL}${path}`), warm(`${cluster.b.baseURL}${path}`)])
  const approved = await approveComment(cluster.a.baseURL, editor, stored[0].id)
  const shown = (base: string, settled?: (runStart: number) => boolean) =>
    watchUntilFresh(
      `${base}${path}`,
      (answer) => answer.status === 200 && answer.text().includes(body),
      approved.at,
      settled,
    )
  const [nginx, b] = await Promise.all([
    shown(cluster.nginx.baseURL, fromBoth(cluster, path)),
    shown(cluster.b.baseURL),
  ])
  Object.assign(figures, { nginx, b, targetMs: TARGET_MS })
  return {
    name: 'Comment on B (no-JavaScript form), approved on A, shown through nginx',
    passed: [nginx, b].every((watch) => watch.ms !== null && watch.ms <= TARGET_MS),
    summary: `form ${posted.status} → ?${location.split('?')[1]?.split('#')[0]}, stored once (${stored[0].status}); after the approval: nginx ${seconds(nginx.ms)}, B ${seconds(b.ms)}`,
    figures,
  }
}
