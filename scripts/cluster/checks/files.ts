/**
 * Shared files: an image uploaded through A (REST, as an editor) is served by B and through nginx,
 * byte for byte; a manuscript sent through B's public form is served by A to an editor, byte for
 * byte, and to nobody else (403 or 404, from A and through nginx).
 */
import crypto from 'node:crypto'

import { pdfBytes, pngBytes } from '../../../tests/helpers/files'
import { readerAddress, request } from '../http'
import { postPageForm } from '../forms'
import { expectStatus, findBy, upload } from '../rest'

import type { CheckResult, Context } from './types'

const sha = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16)
const REFUSED = [403, 404]

export async function checkFiles(context: Context): Promise<CheckResult> {
  const { cluster, editor, runId } = context
  const auth = { authorization: `JWT ${editor.token}` }

  const uploaded = await expectStatus(
    'image upload on A',
    upload(
      `${cluster.a.baseURL}/api/media`,
      { alt: `Cluster check ${runId}` },
      { bytes: await pngBytes(), name: `cluster-${runId}.png`, type: 'image/png' },
      auth,
    ),
    201,
  )
  const media = uploaded.json<{ doc: { url: string; filename: string } }>().doc
  // Payload names it under SERVER_URL (nginx's address); asked of each instance by its path.
  const imagePath = new URL(media.url, cluster.nginx.baseURL).pathname
  const [imageA, imageB, imageNginx] = await Promise.all(
    [cluster.a, cluster.b, cluster.nginx].map(({ baseURL }) => request(`${baseURL}${imagePath}`)),
  )
  const image = {
    path: imagePath,
    A: `${imageA.status} ${sha(imageA.body)}`,
    B: `${imageB.status} ${sha(imageB.body)}`,
    nginx: `${imageNginx.status} ${sha(imageNginx.body)}`,
  }
  const imageShared =
    [imageB, imageNginx].every(
      (answer) => answer.status === 200 && answer.body.equals(imageA.body),
    ) && imageA.status === 200

  const manuscript = pdfBytes()
  const email = `author@${runId}.example.org`
  const sent = await postPageForm(
    cluster.b.baseURL,
    '/submit',
    'form#submission-form',
    {
      name: 'Cluster Author',
      email,
      bio: 'Writes from two instances.',
      kind: 'analysis',
      title: `Manuscript ${runId}`,
      abstract: 'Sent through instance B.',
      language: 'en',
      consent: 'on',
      file: { bytes: manuscript, name: `manuscript-${runId}.pdf`, type: 'application/pdf' },
    },
    readerAddress(),
  )
  const location = String(sent.headers.location ?? '')
  const stored = await findBy<{ id: string; url: string; filename: string }>(
    cluster.a.baseURL,
    editor,
    'submissions',
    'email',
    email,
  )
  const fileUrl = stored[0]?.url && new URL(stored[0].url, cluster.nginx.baseURL).pathname
  const [asEditor, anonymousA, anonymousNginx] = fileUrl
    ? await Promise.all([
        request(`${cluster.a.baseURL}${fileUrl}`, { headers: auth }),
        request(`${cluster.a.baseURL}${fileUrl}`),
        request(`${cluster.nginx.baseURL}${fileUrl}`),
      ])
    : []
  const submission = {
    form: `${sent.status} → ${location}`,
    storedRows: stored.length,
    url: fileUrl,
    editorOnA: asEditor && `${asEditor.status} ${sha(asEditor.body)} (sent ${sha(manuscript)})`,
    anonymousOnA: anonymousA?.status,
    anonymousThroughNginx: anonymousNginx?.status,
  }
  const manuscriptShared =
    sent.status === 303 &&
    location.includes('/submit/thanks') &&
    stored.length === 1 &&
    asEditor?.status === 200 &&
    asEditor.body.equals(manuscript) &&
    REFUSED.includes(anonymousA?.status ?? 0) &&
    REFUSED.includes(anonymousNginx?.status ?? 0)
  return {
    name: 'Image via A served by B; manuscript via B served by A to editors only',
    passed: imageShared && manuscriptShared,
    summary: `image: B ${imageB.status}, nginx ${imageNginx.status}, same bytes ${imageShared}; manuscript: form ${sent.status}, editor on A ${asEditor?.status ?? '-'}, same bytes ${asEditor?.body.equals(manuscript) ?? false}, anonymous ${anonymousA?.status ?? '-'} / ${anonymousNginx?.status ?? '-'}`,
    figures: { image, submission },
  }
}
