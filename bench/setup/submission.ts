/**
 * An outside author's submission with a real Word manuscript (as the public form stores it), for
 * the admin's submission view in the bench. Writes `{ "id": … }` to the file named.
 *
 *   DATABASE_URI=… node --conditions=development scripts/run-ts.mjs bench/setup/submission.ts submission.json
 */
import fs from 'node:fs'

import { docxBytes, submissionFields } from '../../tests/helpers/files'

import { withPayload } from './payloadScript'

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

withPayload('bench-submission', async (payload) => {
  const outFile = process.argv[2]
  if (!outFile)
    throw new Error(
      'Usage: node --conditions=development scripts/run-ts.mjs bench/setup/submission.ts <out file>',
    )
  const data = await docxBytes({ paragraphs: 60 })
  const submission = await payload.create({
    collection: 'submissions',
    data: {
      ...submissionFields({ name: 'Bench Author', email: 'bench-author@example.org' }),
      title: 'Energy corridors after 2025',
      kind: 'analysis',
      language: 'en',
      status: 'received',
    },
    file: { data, mimetype: DOCX, name: 'energy-corridors.docx', size: data.length },
    depth: 0,
  })
  fs.writeFileSync(outFile, JSON.stringify({ id: submission.id }))
})
