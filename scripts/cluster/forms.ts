/**
 * The public forms as a browser without JavaScript sends them: the page is fetched, its form read
 * with jsdom (hidden fields, the signed fill-time token and the honeypot included, exactly as the
 * page holds them), the visible fields filled in, and the form posted to its action as the browser
 * would encode it (urlencoded, or multipart when the form says so), from the reader's own address.
 */
import { JSDOM } from 'jsdom'

import { multipart, request, type Answer } from './http'
import { sleep } from './log'

/** The form refuses what is sent sooner than this after the page was made (lib/forms/bots.ts: 3 s). */
const FILL_SECONDS = 4

type Filled = Record<string, string | { bytes: Buffer; name: string; type: string }>

/** The form's fields as a browser would submit them untouched, its action and its encoding. */
function readForm(html: string, selector: string) {
  const { window } = new JSDOM(html)
  try {
    const form = window.document.querySelector<HTMLFormElement>(selector)
    if (!form) throw new Error(`No ${selector} on the page`)
    const entries: [string, string][] = []
    for (const [name, value] of new window.FormData(form).entries())
      if (typeof value === 'string') entries.push([name, value])
    return { entries, action: form.getAttribute('action') ?? '', enctype: form.enctype }
  } finally {
    window.close()
  }
}

/** Seconds since the form's token was issued ("<unix seconds>.<signature>"), if it has one. */
const tokenAge = (entries: [string, string][]) => {
  const issued = Number(entries.find(([name]) => name === 'token')?.[1].split('.')[0])
  return Number.isFinite(issued) ? Date.now() / 1000 - issued : Infinity
}

/**
 * Fetches `page` from `base`, fills in the form `selector` with `filled` and posts it there, as one
 * reader connecting from `from`. Waits first if the page's form was made too recently for a person
 * to have filled it in.
 */
export async function postPageForm(
  base: string,
  page: string,
  selector: string,
  filled: Filled,
  from: string,
): Promise<Answer> {
  const shown = await request(`${base}${page}`, { from })
  if (shown.status !== 200) throw new Error(`${page}: HTTP ${shown.status}`)
  const { entries, action, enctype } = readForm(shown.text(), selector)
  const age = tokenAge(entries)
  if (age < FILL_SECONDS) await sleep((FILL_SECONDS - age) * 1000)
  const fields = entries.filter(([name]) => !(name in filled))
  const headers = { accept: 'text/html,application/xhtml+xml', referer: `${base}${page}` }
  if (enctype === 'multipart/form-data') {
    const form = new FormData()
    for (const [name, value] of fields) form.append(name, value)
    for (const [name, value] of Object.entries(filled))
      if (typeof value === 'string') form.append(name, value)
      else
        form.append(name, new Blob([new Uint8Array(value.bytes)], { type: value.type }), value.name)
    const { body, contentType } = await multipart(form)
    return request(`${base}${action}`, {
      method: 'POST',
      headers: { ...headers, 'content-type': contentType },
      body,
      from,
    })
  }
  const form = new URLSearchParams(fields)
  for (const [name, value] of Object.entries(filled))
    if (typeof value === 'string') form.append(name, value)
  return request(`${base}${action}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
    from,
  })
}
