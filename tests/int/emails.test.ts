/**
 * What the site's e-mails say and whom they come from: without MAIL_FROM, the site's name from
 * Site settings at noreply@ the site's host (read at sending, so a rename follows); the editors'
 * "new submission" mail names the kind with the right English article; and /submit shows the
 * terms its checkbox agrees to, editable per language in Site settings.
 */
import type { Payload } from 'payload'
import { prerender } from 'react-dom/static'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SubmitView } from '@/components/submissions/SubmitView'
import { withIndefiniteArticle } from '@/i18n/indefiniteArticle'
import { readOutbox } from '@/lib/email'
import type { Submission } from '@/payload-types'

import { createSubmission, type World } from '../helpers/fixtures'
import type { TestApp } from '../helpers/testApp'
import { startWorld } from '../helpers/world'

let app: TestApp
let payload: Payload
let world: World
beforeAll(async () => {
  process.env.SERVER_URL = 'https://policy.example'
  ;({ app, payload, world } = await startWorld())
})
afterAll(() => app?.close())

const outbox = () => readOutbox(process.env.MAIL_OUTBOX!)

const rename = (siteName: string) =>
  payload.updateGlobal({ slug: 'site-settings', data: { siteName } })

/** The mails a new submission of this kind sends, to its sender and to the editors. */
async function mailsOfSubmission(kind: Submission['kind']) {
  const before = outbox().length
  const submission = await createSubmission(payload, { kind, name: 'Nigar Huseyn' })
  return { submission, mails: outbox().slice(before) }
}

describe('the English indefinite article', () => {
  it('is "an" before a vowel sound and "a" before a consonant sound', () => {
    expect(
      [
        'analysis',
        'commentary',
        'research note',
        'book review',
        'roundtable',
        'report',
        'overview',
        'essay',
        'hour-long talk',
        'university study',
        'European view',
        'one-off',
        'umbrella report',
      ].map(withIndefiniteArticle),
    ).toEqual([
      'an analysis',
      'a commentary',
      'a research note',
      'a book review',
      'a roundtable',
      'a report',
      'an overview',
      'an essay',
      'an hour-long talk',
      'a university study',
      'a European view',
      'a one-off',
      'an umbrella report',
    ])
  })
})

describe('e-mails', () => {
  it("come from the site's name at noreply@ its host, following a rename", async () => {
    await rename('Caspian Policy Lab')
    const first = await mailsOfSubmission('analysis')
    expect(first.mails.length).toBeGreaterThan(1)
    for (const mail of first.mails)
      expect(mail.from).toBe('Caspian Policy Lab <noreply@policy.example>')

    await rename('Baku Policy Forum')
    const second = await mailsOfSubmission('report')
    for (const mail of second.mails)
      expect(mail.from).toBe('Baku Policy Forum <noreply@policy.example>')
  })

  it("name the kind of a new submission with its article in the editors' mail", async () => {
    const analysis = await mailsOfSubmission('analysis')
    const toEditor = analysis.mails.find((mail) =>
      mail.to.split(', ').includes(world.users.editor.email),
    )
    expect(toEditor?.text).toContain('Nigar Huseyn sent an analysis in English.')
    expect(toEditor?.text).not.toMatch(/\ba analysis/)

    const note = await mailsOfSubmission('research-note')
    expect(
      note.mails.find((mail) => mail.to.split(', ').includes(world.users.editor.email))?.text,
    ).toContain('Nigar Huseyn sent a research note in English.')
  })
})

describe('the submission terms on /submit', () => {
  const submitPage = async (locale: 'en' | 'az' | 'ru') => {
    const { prelude } = await prerender(await SubmitView({ locale }))
    return new Response(prelude).text()
  }
  const termsThenCheckbox = (html: string, terms: string) => {
    const termsAt = html.indexOf(terms)
    expect(termsAt).toBeGreaterThan(-1)
    expect(termsAt).toBeLessThan(html.indexOf('id="submission-consent"'))
  }

  it('shows the built-in terms above the checkbox until Site settings has its own', async () => {
    termsThenCheckbox(await submitPage('en'), 'it is your own original work')
    termsThenCheckbox(await submitPage('ru'), 'это ваша оригинальная работа')
    termsThenCheckbox(await submitPage('az'), 'sizin orijinal əsəriniz')
  })

  it('shows the terms edited in Site settings, per language, paragraph by paragraph', async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'en',
      data: { submissionTerms: 'First condition.\n\nSecond condition.' },
    })
    const html = await submitPage('en')
    termsThenCheckbox(html, '<p>First condition.</p><p>Second condition.</p>')
    expect(html).not.toContain('it is your own original work')
    // Until the Russian text is written, Russian readers see the think tank's own (English) terms,
    // as with every localized setting, not built-in ones that may say otherwise.
    termsThenCheckbox(await submitPage('ru'), '<p>First condition.</p>')
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'ru',
      data: { submissionTerms: 'Первое условие.' },
    })
    termsThenCheckbox(await submitPage('ru'), '<p>Первое условие.</p>')
  })
})
