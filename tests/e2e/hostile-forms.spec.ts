/**
 * Property-based fuzzing of the public form routes on the production server: POST /comments,
 * POST /submissions, POST /subscriptions and GET /search?q=, 1,000 generated inputs each (fast-check, sent eight at a
 * time from varying addresses because of the per-IP limits). No answer is a 5xx, a refused form
 * names its fields, and after every fuzzed comment is approved, the article page and the search
 * pages carry no live script from the inputs. Figures are in docs/reliability.md.
 */
import { expect, test, type APIResponse } from '@playwright/test'
import fc from 'fast-check'
import { JSDOM } from 'jsdom'

import { pdfBytes } from '../helpers/files'
import {
  hostileForm,
  hostileString,
  nextTestIp,
  plainText,
  plausibleEmail,
  plausibleSubmission,
  SCRIPT_MARKER,
  xssStrings,
} from '../helpers/hostileInput'
import { createDraft, editorToken, idsBySlug, lexical, setStatus } from './content'
import { readState } from './helpers'

const RUNS = 1_000
const PARALLEL = 8

const COMMENT_FIELDS = ['authorName', 'authorEmail', 'body', 'form']
const SUBSCRIPTION_FIELDS = ['email', 'name', 'choices', 'form']
const SUBMISSION_FIELDS = [
  'name',
  'email',
  'affiliation',
  'bio',
  'kind',
  'title',
  'abstract',
  'language',
  'consent',
  'file',
  'form',
]

/** Runs `check` on every input, PARALLEL at a time (the server, not the generator, is the bottleneck). */
async function checkAll<T>(inputs: T[], check: (input: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < inputs.length) await check(inputs[next++])
  }
  await Promise.all(Array.from({ length: PARALLEL }, worker))
}

/** No 5xx; a JSON refusal names only fields of the form (or the form as a whole), and at least one. */
async function expectClearAnswer(
  response: APIResponse,
  fields: string[],
  input: unknown,
): Promise<void> {
  const context = `${response.status()} for ${JSON.stringify(input).slice(0, 400)}`
  expect(response.status(), context).toBeLessThan(500)
  if (response.status() < 400 || !response.headers()['content-type']?.includes('json')) return
  const named = Object.keys(
    ((await response.json()) as { errors?: Record<string, string> }).errors ?? {},
  )
  expect(named.length, context).toBeGreaterThan(0)
  for (const field of named) expect(fields, context).toContain(field)
}

/** Script from the inputs that would run: a script element, an event handler or a javascript: link. */
function liveScripts(html: string): string[] {
  const { document } = new JSDOM(html).window
  const found: string[] = []
  for (const element of document.querySelectorAll('*')) {
    // Next.js's own inline scripts carry page data (the inputs among it) but never start with a call.
    if (element.tagName === 'SCRIPT' && element.textContent?.trim().startsWith(SCRIPT_MARKER))
      found.push(element.outerHTML)
    for (const attribute of element.attributes) {
      const handler =
        attribute.name.startsWith('on') ||
        (['href', 'src', 'action', 'formaction'].includes(attribute.name) &&
          /^\s*javascript:/i.test(attribute.value))
      if (handler && attribute.value.includes(SCRIPT_MARKER))
        found.push(element.outerHTML.slice(0, 200))
    }
  }
  return found
}

const text = plainText
const withoutObjectMethodKeys = (form: Record<string, string>) =>
  Object.fromEntries(Object.entries(form).filter(([key]) => !(key in Object.prototype)))
const asJson = fc.boolean().map((json) => (json ? 'application/json' : 'text/html'))

test.describe('the public forms under hostile input', () => {
  test.skip(({ viewport }) => (viewport?.width ?? 0) < 600, 'an endpoint test, not a layout one')
  test.setTimeout(240_000)

  test(`POST /comments: ${RUNS} inputs, no 5xx, fields named, nothing live on the page`, async ({
    request,
    playwright,
  }) => {
    // The editor's login leaves a session cookie in `request`: readers post from a context without one.
    const reader = await playwright.request.newContext({ baseURL: readState().baseURL })
    const token = await editorToken(request)
    const auth = { Authorization: `JWT ${token}` }
    const authors = await idsBySlug(request, 'authors')
    const draft = await createDraft(request, token, {
      title: `Fuzzed comments ${Date.now()}`,
      standfirst: 'Comments from the hostile-input test.',
      body: lexical('An article that takes fuzzed comments.'),
      kind: 'analysis',
      authors: [Object.values(authors)[0]],
      commentsEnabled: true,
    })
    await setStatus(request, token, draft.id, 'published')
    const fields = {
      locale: fc.constantFrom('en', 'az', 'ru'),
      article: fc.constant(String(draft.id)),
      authorName: text,
      authorEmail: plausibleEmail,
      body: fc.oneof(text, hostileString),
      notifyOnReply: fc.constant('on'),
    }
    const inputs = fc.sample(fc.tuple(hostileForm(fields), asJson), { numRuns: RUNS })
    await checkAll(inputs, async ([form, accept]) => {
      const response = await reader.post('/comments', {
        headers: { accept, 'x-forwarded-for': nextTestIp() },
        form,
        maxRedirects: 0,
      })
      await expectClearAnswer(response, COMMENT_FIELDS, form)
    })

    // Approve every fuzzed comment (an editor's bulk update), then read the page as a reader would.
    const approved = await request.patch(`/api/comments?where[article][equals]=${draft.id}`, {
      headers: auth,
      data: { status: 'approved' },
    })
    expect(approved.status()).toBe(200)
    const stored = ((await approved.json()) as { docs: { body: string }[] }).docs
    const withScript = stored.filter(({ body }) => body.includes(SCRIPT_MARKER))
    expect(withScript.length, 'some fuzzed comments carrying script were stored').toBeGreaterThan(0)
    await expect
      .poll(
        async () =>
          (await (await request.get(`/articles/${draft.slug}`)).text()).includes(SCRIPT_MARKER),
        { timeout: 15_000 },
      )
      .toBe(true)
    expect(liveScripts(await (await request.get(`/articles/${draft.slug}`)).text())).toEqual([])
    test.info().annotations.push({
      type: 'figures',
      description: `${inputs.length} posts, ${stored.length} stored, ${withScript.length} with script, all rendered inert`,
    })
    await setStatus(request, token, draft.id, 'draft')
  })

  test(`POST /submissions: ${RUNS} inputs, no 5xx, fields named`, async ({ request }) => {
    const fields = {
      locale: fc.constant('en'),
      ...plausibleSubmission(),
      consent: fc.constant('on'),
    }
    const file = fc.option(
      fc.record({
        // Playwright takes a file part with an empty name or type for a stream and fails client-side.
        name: fc.oneof(
          fc.constant('manuscript.pdf'),
          hostileString.map((name) => name.slice(0, 200) || 'unnamed'),
        ),
        mimeType: fc.constantFrom(
          'application/pdf',
          'text/html',
          'image/svg+xml',
          'application/octet-stream',
        ),
        buffer: fc.oneof(
          fc.constant(pdfBytes()),
          fc.uint8Array({ maxLength: 2048 }).map((bytes) => Buffer.from(bytes)),
        ),
      }),
      { nil: undefined },
    )
    // Playwright's multipart encoder breaks on keys such as `hasOwnProperty`; those are fuzzed over REST.
    const inputs = fc.sample(
      fc.tuple(hostileForm(fields).map(withoutObjectMethodKeys), file, asJson),
      { numRuns: RUNS },
    )
    await checkAll(inputs, async ([form, upload, accept]) => {
      const response = await request.post('/submissions', {
        headers: { accept, 'x-forwarded-for': nextTestIp() },
        multipart: upload ? { ...form, file: upload } : form,
        maxRedirects: 0,
      })
      await expectClearAnswer(response, SUBMISSION_FIELDS, {
        form,
        file: upload && { ...upload, buffer: upload.buffer.length },
      })
    })
  })

  test(`POST /subscriptions: ${RUNS} inputs, no 5xx, fields named`, async ({ request }) => {
    const ids = Object.values(await idsBySlug(request, 'topics')).map(String)
    const fields = {
      locale: fc.constantFrom('en', 'az', 'ru'),
      email: fc.oneof(plausibleEmail, hostileString),
      name: text,
      frequency: fc.oneof(fc.constantFrom('each', 'weekly'), hostileString),
      scope: fc.oneof(fc.constantFrom('all', 'chosen'), hostileString),
      topics: fc.oneof(fc.constantFrom(...ids), hostileString),
      authors: hostileString,
    }
    const inputs = fc.sample(fc.tuple(hostileForm(fields), asJson), { numRuns: RUNS })
    await checkAll(inputs, async ([form, accept]) => {
      const response = await request.post('/subscriptions', {
        headers: { accept, 'x-forwarded-for': nextTestIp() },
        form,
        maxRedirects: 0,
      })
      await expectClearAnswer(response, SUBSCRIPTION_FIELDS, form)
    })
  })

  test(`GET /search?q=: ${RUNS} queries, no 5xx, nothing live on the page`, async ({ request }) => {
    const queries = fc.sample(
      fc.oneof(
        hostileString.map((query) => query.slice(0, 2_000)),
        fc.constantFrom(...xssStrings),
      ),
      { numRuns: RUNS },
    )
    await checkAll(queries, async (q) => {
      const response = await request.get(`/search?${new URLSearchParams({ q })}`, {
        maxRedirects: 0,
      })
      expect(response.status(), q.slice(0, 300)).toBeLessThan(500)
      if (q.includes(SCRIPT_MARKER)) expect(liveScripts(await response.text()), q).toEqual([])
    })
  })
})
