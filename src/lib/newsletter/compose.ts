import type { Locale } from '@/i18n/config'
import { newsletterMessages } from '@/i18n/newsletterMessages'

/**
 * The newsletter's mails, each as plain text and as simple HTML (inline styles only: mail clients
 * drop style sheets), in the subscriber's language, under the think tank's name.
 */
export type Mail = { subject: string; text: string; html: string }

export type MailArticle = { title: string; standfirst: string; url: string; authors: string[] }

/** Where a subscriber changes their choice or leaves (signed links, src/lib/newsletter/links.ts). */
export type MailFooter = { preferences: string; unsubscribe: string }

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (character) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!,
  )

const page = (locale: Locale, title: string, content: string) =>
  `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escape(title)}</title></head>` +
  `<body style="margin:0;padding:24px;background:#f6f6f4;font-family:Georgia,serif;color:#1b1b1b">` +
  `<div style="max-width:600px;margin:0 auto;background:#fff;padding:24px">${content}</div></body></html>`

const articleHtml = (article: MailArticle, by: string, read: string) =>
  `<h2 style="font-size:22px;margin:16px 0 8px"><a href="${escape(article.url)}" style="color:#0b5d7a">${escape(article.title)}</a></h2>` +
  (article.authors.length
    ? `<p style="margin:0 0 8px;color:#555">${escape(by)} ${escape(article.authors.join(', '))}</p>`
    : '') +
  `<p style="margin:0 0 8px;line-height:1.5">${escape(article.standfirst)}</p>` +
  `<p style="margin:0 0 16px"><a href="${escape(article.url)}">${escape(read)}</a></p>`

const articleText = (article: MailArticle, by: string) =>
  [
    article.title,
    article.authors.length ? `${by} ${article.authors.join(', ')}` : '',
    '',
    article.standfirst,
    '',
    article.url,
  ]
    .filter((line, index) => line !== '' || index > 1)
    .join('\n')

function footer(locale: Locale, site: string, links: MailFooter) {
  const t = newsletterMessages(locale).mail
  return {
    text: `--\n${t.why(site)}\n${t.preferences}: ${links.preferences}\n${t.unsubscribe}: ${links.unsubscribe}\n`,
    html:
      `<hr style="border:0;border-top:1px solid #ddd;margin:24px 0 12px">` +
      `<p style="font-size:13px;color:#555;line-height:1.5">${escape(t.why(site))}<br>` +
      `<a href="${escape(links.preferences)}">${escape(t.preferences)}</a> · ` +
      `<a href="${escape(links.unsubscribe)}">${escape(t.unsubscribe)}</a></p>`,
  }
}

const testNote = (locale: Locale, test: boolean) =>
  test
    ? {
        text: `[${newsletterMessages(locale).mail.test}]\n\n`,
        html: `<p style="background:#fff3c4;padding:8px">${escape(newsletterMessages(locale).mail.test)}</p>`,
      }
    : { text: '', html: '' }

export function articleMail(input: {
  site: string
  locale: Locale
  article: MailArticle
  links: MailFooter
  test?: boolean
}): Mail {
  const { site, locale, article, links } = input
  const t = newsletterMessages(locale).mail
  const end = footer(locale, site, links)
  const note = testNote(locale, input.test === true)
  return {
    subject: article.title,
    text: `${note.text}${t.newFrom(site)}\n\n${articleText(article, t.by)}\n\n${end.text}`,
    html: page(
      locale,
      article.title,
      `${note.html}<p style="margin:0;font-size:14px;color:#555">${escape(t.newFrom(site))}</p>${articleHtml(article, t.by, t.read)}${end.html}`,
    ),
  }
}

export function digestMail(input: {
  site: string
  locale: Locale
  articles: MailArticle[]
  links: MailFooter
  test?: boolean
}): Mail {
  const { site, locale, articles, links } = input
  const t = newsletterMessages(locale).mail
  const end = footer(locale, site, links)
  const note = testNote(locale, input.test === true)
  const subject = t.digestSubject(site)
  return {
    subject,
    text: `${note.text}${t.digestIntro(articles.length)}\n\n${articles.map((article) => articleText(article, t.by)).join('\n\n')}\n\n${end.text}`,
    html: page(
      locale,
      subject,
      `${note.html}<h1 style="font-size:18px;margin:0 0 8px">${escape(subject)}</h1><p>${escape(t.digestIntro(articles.length))}</p>` +
        `${articles.map((article) => articleHtml(article, t.by, t.read)).join('')}${end.html}`,
    ),
  }
}

export function confirmationMail(input: { site: string; locale: Locale; link: string }): Mail {
  const { site, locale, link } = input
  const t = newsletterMessages(locale).mail
  const subject = t.confirmSubject(site)
  return {
    subject,
    text: `${t.confirmBody(site)}\n\n${link}\n\n${t.confirmIgnore}\n\n${site}\n`,
    html: page(
      locale,
      subject,
      `<p style="line-height:1.5">${escape(t.confirmBody(site))}</p>` +
        `<p><a href="${escape(link)}" style="display:inline-block;background:#0b5d7a;color:#fff;padding:10px 18px;text-decoration:none">${escape(newsletterMessages(locale).confirmButton)}</a></p>` +
        `<p style="font-size:13px;color:#555">${escape(link)}</p><p style="font-size:13px;color:#555">${escape(t.confirmIgnore)}</p>`,
    ),
  }
}
