/**
 * The admin in each staff member's language and the notifications in each recipient's, through a
 * real SMTP server on loopback: a staff account's `language` (who may set it, on REST and
 * GraphQL), the workflow's mails per language group, a hook's refusal in the language of the
 * admin that asked, a reader's reply notification in the language of the page they commented on,
 * and a submission's confirmation and decision in its language.
 */
import { initI18n } from '@payloadcms/translations'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AdminKey } from '@/i18n/admin'
import type { Submission, User } from '@/payload-types'

import {
  createArticle,
  createAuthor,
  createComment,
  createStaff,
  createSubmission,
  uniqueEmail,
  type World,
} from '../helpers/fixtures'
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '../helpers/smtp'
import type { TestApp } from '../helpers/testApp'
import { startWorld } from '../helpers/world'

let smtp: TestSmtpServer
let app: TestApp
let payload: Payload
let world: World

beforeAll(async () => {
  smtp = await startSmtpServer()
  // Read by the config's e-mail adapter, which startWorld loads: mail goes out over SMTP.
  process.env.SMTP_HOST = smtp.host
  process.env.SMTP_PORT = String(smtp.port)
  process.env.SERVER_URL = 'https://thinktank.example'
  ;({ app, payload, world } = await startWorld())
})
afterAll(async () => {
  await app?.close()
  await smtp?.close()
})

type Language = NonNullable<User['language']>

/** A staff account in a language, signed in. */
async function staff(
  role: 'intern' | 'editor' | 'admin',
  language: Language,
  author?: number | string,
) {
  const account = await createStaff(payload, role, author)
  await payload.update({ collection: 'users', id: account.user.id, data: { language } })
  return { ...account, token: await world.api.login(account.email, account.password) }
}

const storedLanguage = async (id: User['id']) =>
  (await payload.findByID({ collection: 'users', id, depth: 0 })).language

/** The one mail with this subject that reached this address since `since` messages. */
function mailTo(address: string, subject: string, since: number): ReceivedMail {
  const found = smtp.messages
    .slice(since)
    .filter((mail) => mail.to.includes(address) && mail.subject === subject)
  expect(
    found,
    `${address}: “${subject}” among ${JSON.stringify(smtp.messages.slice(since).map((mail) => [mail.to, mail.subject]))}`,
  ).toHaveLength(1)
  return found[0]!
}

/** The decision e-mail as previewed, sent unedited by an editor. */
async function sendComposedDecision(id: Submission['id'], decision: 'accepted' | 'declined') {
  const token = world.tokens.editor
  const preview = await world.api.post(`/api/submissions/${id}/decision/preview`, {
    token,
    json: { decision },
  })
  expect(preview.status, JSON.stringify(preview.body)).toBe(200)
  const { subject, body } = preview.body
  return world.api.post(`/api/submissions/${id}/decision/send`, {
    token,
    json: { decision, subject, body },
  })
}

describe("a staff account's language", () => {
  it('is English until chosen; its owner sets it, admins set anyone’s (REST)', async () => {
    const intern = await staff('intern', 'en')
    const editor = await staff('editor', 'en')
    const admin = await staff('admin', 'en')
    const created = await createStaff(payload, 'intern')
    expect(created.user.language).toBe('en')

    const patch = (id: User['id'], language: string, token: string) =>
      world.api.patch(`/api/users/${id}`, { token, json: { language } })
    expect((await patch(intern.user.id, 'az', intern.token)).status).toBe(200)
    expect(await storedLanguage(intern.user.id)).toBe('az')
    expect((await patch(editor.user.id, 'ru', intern.token)).status).toBe(403)
    expect((await patch(intern.user.id, 'ru', editor.token)).status).toBe(403)
    expect(await storedLanguage(editor.user.id)).toBe('en')
    expect(await storedLanguage(intern.user.id)).toBe('az')
    expect((await patch(editor.user.id, 'ru', editor.token)).status).toBe(200)
    expect((await patch(intern.user.id, 'ru', admin.token)).status).toBe(200)
    expect(await storedLanguage(intern.user.id)).toBe('ru')

    // Only the admin's languages.
    expect((await patch(intern.user.id, 'de', intern.token)).status).toBe(400)
    expect(await storedLanguage(intern.user.id)).toBe('ru')

    // An admin creating an account chooses the language its mails go out in.
    const made = await world.api.post('/api/users', {
      token: admin.token,
      json: {
        name: 'New editor',
        email: uniqueEmail('new'),
        password: 'a long enough password',
        role: 'editor',
        language: 'az',
      },
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    expect(made.body.doc.language).toBe('az')
  })

  it('follows the same rules on GraphQL', async () => {
    const intern = await staff('intern', 'en')
    const editor = await staff('editor', 'en')
    const admin = await staff('admin', 'en')
    const update = (id: User['id'], language: string, token: string) =>
      world.api.graphql(
        `mutation { updateUser(id: ${JSON.stringify(id)}, data: { language: ${language} }) { id language } }`,
        {},
        token,
      )
    const own = await update(intern.user.id, 'az', intern.token)
    expect(own.body.errors).toBeUndefined()
    expect(own.body.data.updateUser.language).toBe('az')
    for (const [id, token] of [
      [editor.user.id, intern.token],
      [intern.user.id, editor.token],
    ] as const) {
      const refused = await update(id, 'ru', token)
      expect(refused.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    }
    expect(await storedLanguage(intern.user.id)).toBe('az')
    expect(await storedLanguage(editor.user.id)).toBe('en')
    const byAdmin = await update(intern.user.id, 'ru', admin.token)
    expect(byAdmin.body.data.updateUser.language).toBe('ru')
  })
})

describe('the workflow’s mails, each in its recipients’ language', () => {
  it('review to a Russian and an English editor, changes requested to an Azerbaijani intern, published', async () => {
    const russianEditor = await staff('editor', 'ru')
    const author = await createAuthor(payload)
    const coAuthor = await createAuthor(payload)
    const intern = await staff('intern', 'en', author.id)
    const englishIntern = await staff('intern', 'en', coAuthor.id)
    // The intern picks Azerbaijani for themselves (the admin's language picker does this).
    const chose = await world.api.patch(`/api/users/${intern.user.id}`, {
      token: intern.token,
      json: { language: 'az' },
    })
    expect(chose.status).toBe(200)
    const draft = await createArticle(payload, [author.id, coAuthor.id], 'draft')
    const path = `/api/articles/${draft.id}?draft=true`
    const adminLink = `/admin/collections/articles/${draft.id}`

    let since = smtp.messages.length
    const sent = await world.api.patch(path, {
      token: intern.token,
      json: { reviewState: 'in-review' },
    })
    expect(sent.status, JSON.stringify(sent.body)).toBe(200)
    const russian = mailTo(russianEditor.email, `На проверку: «${draft.title}»`, since)
    expect(russian.text).toContain('отправляет')
    expect(russian.text).toContain(adminLink)
    expect(russian.to).not.toContain(world.users.editor.email)
    const english = mailTo(world.users.editor.email, `For review: “${draft.title}”`, since)
    expect(english.text).toContain(`sent “${draft.title}” for review`)
    expect(english.to).toContain(world.users.admin.email)
    expect(english.to).not.toContain(russianEditor.email)

    // A refusal comes back in the language of the admin that asked: its picker's cookie, or the browser's.
    const bare = (headers: Record<string, string>) =>
      world.api.patch(path, {
        token: russianEditor.token,
        headers,
        json: { reviewState: 'changes-requested' },
      })
    const inRussian = await bare({ 'accept-language': 'ru' })
    expect(inRussian.status).toBe(400)
    expect(inRussian.body.errors[0].data.errors[0].message).toBe(
      'Прежде чем запросить правки, напишите сообщение авторам.',
    )
    const inAzerbaijani = await bare({ cookie: 'payload-lng=az', 'accept-language': 'ru' })
    expect(inAzerbaijani.body.errors[0].data.errors[0].message).toBe(
      'Dəyişiklik istəməzdən əvvəl müəlliflərə mesaj yazın.',
    )

    since = smtp.messages.length
    const note = 'Mənbələri ikinci bölmədə göstərin.'
    const requested = await world.api.patch(path, {
      token: russianEditor.token,
      json: { reviewState: 'changes-requested', reviewNote: note },
    })
    expect(requested.status, JSON.stringify(requested.body)).toBe(200)
    const azerbaijani = mailTo(intern.email, `Dəyişiklik istənilir: «${draft.title}»`, since)
    expect(azerbaijani.text).toContain('dəyişiklik istəyir')
    expect(azerbaijani.text).toContain(note)
    expect(azerbaijani.to).not.toContain(englishIntern.email)
    expect(
      mailTo(englishIntern.email, `Changes requested: “${draft.title}”`, since).text,
    ).toContain(note)

    since = smtp.messages.length
    const published = await world.api.patch(`/api/articles/${draft.id}`, {
      token: russianEditor.token,
      json: { _status: 'published' },
    })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    const slug = published.body.doc.slug
    expect(mailTo(intern.email, `Dərc olundu: «${draft.title}»`, since).text).toContain(
      `https://thinktank.example/az/articles/${slug}`,
    )
    expect(mailTo(englishIntern.email, `Published: “${draft.title}”`, since).text).toContain(
      `https://thinktank.example/articles/${slug}`,
    )
  })
})

describe('reader comments', () => {
  it('record the language of the page, one of the site’s; a reply notification goes out in it', async () => {
    const russianEditor = await staff('editor', 'ru')
    const readerEmail = uniqueEmail('reader')
    const comment = (data: Record<string, unknown>) =>
      world.api.post('/api/comments', {
        json: { article: world.published.id, authorName: 'Reader', body: 'A thought.', ...data },
      })
    expect((await comment({ authorEmail: uniqueEmail(), language: 'de' })).status).toBe(400)

    let since = smtp.messages.length
    const parent = await comment({
      authorEmail: readerEmail,
      body: 'Хороший анализ.',
      notifyOnReply: true,
      language: 'ru',
    })
    expect(parent.status, JSON.stringify(parent.body)).toBe(201)
    // The editors hear of the held comment, each in their own language.
    const held = mailTo(
      russianEditor.email,
      `Комментарий ждёт модерации: «${world.published.title}»`,
      since,
    )
    expect(held.text).toContain('Хороший анализ.')
    mailTo(
      world.users.editor.email,
      `Comment awaiting moderation on “${world.published.title}”`,
      since,
    )

    const stored = await payload.findByID({ collection: 'comments', id: parent.body.doc.id })
    expect(stored.language).toBe('ru')
    await payload.update({ collection: 'comments', id: stored.id, data: { status: 'approved' } })

    since = smtp.messages.length
    const reply = await createComment(payload, world.published.id, 'pending', {
      parent: stored.id,
      authorName: 'Another reader',
      body: 'I disagree.',
    })
    await payload.update({ collection: 'comments', id: reply.id, data: { status: 'approved' } })
    const mail = mailTo(
      readerEmail,
      `Новый ответ на ваш комментарий к «${world.published.title}»`,
      since,
    )
    expect(mail.text).toContain('Another reader отвечает на ваш комментарий')
    expect(mail.text).toContain(
      `https://thinktank.example/ru/articles/${world.published.slug}#comment-${reply.id}`,
    )
  })
})

describe('submissions', () => {
  it('are confirmed and decided in their language, English when it is not one of the site’s', async () => {
    const russianEditor = await staff('editor', 'ru')
    let since = smtp.messages.length
    const azerbaijani = await createSubmission(payload, {
      language: 'az',
      email: uniqueEmail('az'),
      title: 'Cənubi Qafqazda təhlükəsizlik',
    })
    const reference = azerbaijani.reference!
    expect(
      mailTo(azerbaijani.email, `«${azerbaijani.title}» məqalənizi aldıq (${reference})`, since)
        .text,
    ).toContain(`İstinad nömrəniz ${reference}`)
    expect(
      mailTo(
        russianEditor.email,
        `Новая присланная статья ${reference}: «${azerbaijani.title}»`,
        since,
      ).text,
    ).toContain('Жанр: Анализ; язык: азербайджанский.')
    expect(
      mailTo(world.users.editor.email, `New submission ${reference}: “${azerbaijani.title}”`, since)
        .text,
    ).toContain('sent an analysis in Azerbaijani.')

    since = smtp.messages.length
    expect((await sendComposedDecision(azerbaijani.id, 'accepted')).status).toBe(200)
    expect(
      mailTo(
        azerbaijani.email,
        `«${azerbaijani.title}» məqaləniz (${reference}) qəbul edildi`,
        since,
      ).text,
    ).toContain(`Hörmətli ${azerbaijani.name},`)

    const turkish = await createSubmission(payload, { language: 'tr', email: uniqueEmail('tr') })
    since = smtp.messages.length
    expect((await sendComposedDecision(turkish.id, 'declined')).status).toBe(200)
    expect(
      mailTo(turkish.email, `Your article “${turkish.title}” (${turkish.reference})`, since).text,
    ).toContain(`Dear ${turkish.name},`)
  })
})

describe("the admin's own words", () => {
  it('come with Payload’s, in each of its languages', async () => {
    const words = async (language: 'en' | 'az' | 'ru') => {
      const i18n = await initI18n({ config: app.config.i18n, context: 'client', language })
      const t = i18n.t as (key: AdminKey | 'general:dashboard') => string
      return [t('cms:review:submit'), t('cms:queue:title'), t('general:dashboard')]
    }
    expect(await words('en')).toEqual([
      'Submit for review',
      'Review queue ({{count}})',
      'Dashboard',
    ])
    expect(await words('ru')).toEqual([
      'Отправить на проверку',
      'Очередь на проверку ({{count}})',
      expect.not.stringMatching(/^Dashboard$/),
    ])
    expect((await words('az'))[0]).toBe('Yoxlamaya göndər')
  })
})
