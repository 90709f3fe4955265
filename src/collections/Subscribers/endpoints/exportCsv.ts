import type { Endpoint } from 'payload'

import { demand } from '@/access'
import type { Subscriber } from '@/payload-types'

const COLUMNS = [
  'email',
  'name',
  'language',
  'frequency',
  'what',
  'topics',
  'authors',
  'requested',
  'confirmed',
] as const

/**
 * A cell as CSV: quoted, quotes doubled; and one that a spreadsheet would run as a formula
 * (= + - @, a tab or a return first) starts with an apostrophe, so a reader's "name" cannot.
 */
const cell = (value: string) =>
  `"${(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value).replace(/"/g, '""')}"`

const names = (relations: Subscriber['topics'] | Subscriber['authors']) =>
  (relations ?? [])
    .flatMap((item) => (typeof item === 'object' && item ? [item.name] : []))
    .join('; ')

const row = (subscriber: Subscriber) =>
  [
    subscriber.email,
    subscriber.name ?? '',
    subscriber.locale,
    subscriber.frequency,
    subscriber.scope,
    names(subscriber.topics),
    names(subscriber.authors),
    subscriber.consent?.requestedAt ?? '',
    subscriber.consent?.confirmedAt ?? '',
  ]
    .map((value) => cell(String(value)))
    .join(',')

/** GET /api/subscribers/export.csv: the whole list, as the editor asking may read it. */
export const exportCsv: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    demand(req, 'subscribers', 'export', {
      anonymous: 'Log in as an editor to export subscribers.',
      forbidden: 'Only editors export the subscriber list.',
    })
    const lines: string[] = [COLUMNS.join(',')]
    for (let page = 1; ; page++) {
      const result = await req.payload.find({
        collection: 'subscribers',
        sort: 'email',
        limit: 500,
        page,
        depth: 1,
        populate: { topics: { name: true }, authors: { name: true } },
        overrideAccess: false,
        req,
      })
      lines.push(...result.docs.map(row))
      if (!result.hasNextPage) break
    }
    return new Response(`${lines.join('\r\n')}\r\n`, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="subscribers-${new Date().toISOString().slice(0, 10)}.csv"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
