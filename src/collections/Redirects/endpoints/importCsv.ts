import type { Endpoint } from 'payload'

import { demand } from '@/access'
import { inTransaction } from '@/lib/database'
import { problem } from '@/lib/problem'
import { revalidateSite } from '@/lib/revalidate'

import { CHECKED_WITH_THEIR_FILE, checkCsv, CSV_MAX_BYTES, type CsvProblem } from '../csv'

/** The most problems one answer lists; the editor fixes those and tries again. */
const MAX_LISTED = 100

const refusal = (problems: CsvProblem[]) =>
  Response.json(
    {
      message: `Nothing was imported: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}, by line.`,
      errors: problems.slice(0, MAX_LISTED).map(({ line, field, message }) => ({
        message: `Line ${line}, ${field}: ${message}`,
        line,
        path: field,
      })),
    },
    { status: 400 },
  )

/**
 * POST /api/redirects/import, the file itself as the body (`Content-Type: text/csv`): the admin's
 * "Import CSV" button (src/components/admin/ImportRedirects.tsx), or
 * `curl --data-binary @old-addresses.csv -H 'Content-Type: text/csv'`. All rows or none.
 */
export const importCsv: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    demand(req, 'redirects', 'import', {
      anonymous: 'Log in as an editor to import redirects.',
      forbidden: 'Only editors import redirects.',
    })
    if (!/^text\/(?:csv|plain)\b/i.test(req.headers.get('content-type') ?? ''))
      return problem(
        415,
        'file',
        'Send the CSV file itself as the body, with Content-Type: text/csv.',
      )
    const bytes = Buffer.from((await req.arrayBuffer?.()) ?? new ArrayBuffer(0))
    if (bytes.length > CSV_MAX_BYTES)
      return problem(
        413,
        'file',
        `The file is larger than ${CSV_MAX_BYTES / 1024 / 1024} MB: split it.`,
      )
    const checked = await checkCsv(req, bytes.toString('utf8'))
    if ('problems' in checked) return refusal(checked.problems)
    // All of it or none of it: one transaction through `req` where the engine has them; where it
    // has none, what this request created is deleted again if a later row fails after all.
    await inTransaction(req, async (onRollback) => {
      req.context[CHECKED_WITH_THEIR_FILE] = true
      for (const { from, to } of checked.redirects) {
        const created = await req.payload.create({
          collection: 'redirects',
          data: { from, to: { type: 'custom', url: to } },
          overrideAccess: false,
          req,
        })
        onRollback(() =>
          req.payload.delete({
            collection: 'redirects',
            id: created.id,
            overrideAccess: false,
            req,
          }),
        )
      }
      delete req.context[CHECKED_WITH_THEIR_FILE]
      await revalidateSite(req)
    })
    const count = checked.redirects.length
    return Response.json({
      imported: count,
      message: `Imported ${count} ${count === 1 ? 'redirect' : 'redirects'}.`,
    })
  },
}
