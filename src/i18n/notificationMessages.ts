import type { Locale } from './config'
import { withIndefiniteArticle } from './indefiniteArticle'

/**
 * The notification mails to staff, authors and readers (src/lib/notify.ts picks the language: the
 * recipient's), as plain text. The newsletter's mails are in newsletterMessages.ts; the decision
 * mails to submitters are editable in Site settings (src/lib/emailTemplates.ts).
 */
export type Notification = { subject: string; text: string }

type Review = { who?: string; title: string; link: string }
type Comment = { title: string; name: string; body: string; link: string }
type Received = { name: string; title: string; reference: string; site: string }
type Invitation = { name: string; inviter?: string; site: string; link: string; hours: number }
type NewSubmission = {
  sender: string
  title: string
  reference: string
  kind: string
  language: string
  abstract: string
  link: string
}

const en = {
  forReview: ({ who, title, standfirst, link }: Review & { standfirst: string }) => ({
    subject: `For review: “${title}”`,
    text: `${who ?? 'Someone'} sent “${title}” for review.\n\n${standfirst}\n\nReview it: ${link}\n`,
  }),
  changesRequested: ({ who, title, note, link }: Review & { note: string }) => ({
    subject: `Changes requested: “${title}”`,
    text: `${who ?? 'Someone'} asks for changes to “${title}”:\n\n${note}\n\nOpen the draft: ${link}\n`,
  }),
  published: ({ title, url }: { title: string; url: string }) => ({
    subject: `Published: “${title}”`,
    text: `“${title}” is now live: ${url}\n`,
  }),
  heldComment: ({ title, name, body, link }: Comment) => ({
    subject: `Comment awaiting moderation on “${title}”`,
    text: `${name} wrote:\n\n${body}\n\nApprove, reject or mark it as spam: ${link}\n`,
  }),
  reply: ({ title, name, body, link, stop }: Comment & { stop: string }) => ({
    subject: `New reply to your comment on “${title}”`,
    text:
      `${name} replied to your comment:\n\n${body}\n\nRead the discussion: ${link}\n\n` +
      `Stop these e-mails for this comment: ${stop}\n`,
  }),
  received: ({ name, title, reference, site }: Received) => ({
    subject: `We received your article “${title}” (${reference})`,
    text:
      `Dear ${name},\n\nThank you for sending “${title}” to ${site}. Your reference is ${reference}; ` +
      `please quote it if you write to us. Our editors read every submission and aim to reply within about three weeks.\n\n` +
      `${site}\n`,
  }),
  newSubmission: ({ sender, title, reference, kind, language, abstract, link }: NewSubmission) => ({
    subject: `New submission ${reference}: “${title}”`,
    // The kind in running text, with its article ("an analysis"); Azerbaijani has no articles,
    // and Russian names the kind after a noun whose case does not depend on it.
    text: `${sender} sent ${withIndefiniteArticle(kind.toLowerCase())} in ${language}.\n\n${abstract}\n\nReview it: ${link}\n`,
  }),
  invitation: ({ name, inviter, site, link, hours }: Invitation) => ({
    subject: `Your staff account at ${site}`,
    text:
      `Dear ${name},\n\n${inviter ?? 'An admin'} has made you a staff account at ${site}. ` +
      `Choose your password here (the link works for ${hours} hours, once):\n\n${link}\n\n` +
      `Then log in with this e-mail address and that password.\n\n${site}\n`,
  }),
  /** A submission's language when it is none of those listed. */
  otherLanguage: 'another language',
}

export type NotificationMessages = typeof en

const az: NotificationMessages = {
  forReview: ({ who, title, standfirst, link }) => ({
    subject: `Yoxlamaya göndərilib: «${title}»`,
    text: `${who ?? 'Kimsə'} «${title}» məqaləsini yoxlamaya göndərdi.\n\n${standfirst}\n\nYoxlayın: ${link}\n`,
  }),
  changesRequested: ({ who, title, note, link }) => ({
    subject: `Dəyişiklik istənilir: «${title}»`,
    text: `${who ?? 'Kimsə'} «${title}» məqaləsində dəyişiklik istəyir:\n\n${note}\n\nQaralamanı açın: ${link}\n`,
  }),
  published: ({ title, url }) => ({
    subject: `Dərc olundu: «${title}»`,
    text: `«${title}» artıq saytdadır: ${url}\n`,
  }),
  heldComment: ({ title, name, body, link }) => ({
    subject: `«${title}» altında şərh moderasiya gözləyir`,
    text: `${name} yazıb:\n\n${body}\n\nTəsdiqləyin, rədd edin və ya spam kimi qeyd edin: ${link}\n`,
  }),
  reply: ({ title, name, body, link, stop }) => ({
    subject: `«${title}» altındakı şərhinizə yeni cavab`,
    text:
      `${name} şərhinizə cavab verdi:\n\n${body}\n\nMüzakirəni oxuyun: ${link}\n\n` +
      `Bu şərhə gələn cavablar barədə məktubları dayandırmaq üçün: ${stop}\n`,
  }),
  received: ({ name, title, reference, site }) => ({
    subject: `«${title}» məqalənizi aldıq (${reference})`,
    text:
      `Hörmətli ${name},\n\n«${title}» məqaləsini ${site} üçün göndərdiyiniz üçün təşəkkür edirik. İstinad nömrəniz ${reference}; ` +
      `bizə yazarkən onu göstərin. Redaktorlarımız göndərilən hər məqaləni oxuyur və təxminən üç həftə ərzində cavab verməyə çalışır.\n\n` +
      `${site}\n`,
  }),
  newSubmission: ({ sender, title, reference, kind, language, abstract, link }) => ({
    subject: `Yeni göndərilmiş məqalə ${reference}: «${title}»`,
    text: `${sender} məqalə göndərdi. Növ: ${kind}; dil: ${language}.\n\n${abstract}\n\nBaxın: ${link}\n`,
  }),
  invitation: ({ name, inviter, site, link, hours }) => ({
    subject: `${site} saytında işçi hesabınız`,
    text:
      `Hörmətli ${name},\n\n${inviter ?? 'Administrator'} sizin üçün ${site} saytında işçi hesabı yaratdı. ` +
      `Parolunuzu burada seçin (keçid ${hours} saat ərzində bir dəfə işləyir):\n\n${link}\n\n` +
      `Sonra bu e-poçt ünvanı və həmin parolla daxil olun.\n\n${site}\n`,
  }),
  otherLanguage: 'başqa dil',
}

const ru: NotificationMessages = {
  forReview: ({ who, title, standfirst, link }) => ({
    subject: `На проверку: «${title}»`,
    text: `${who ?? 'Кто-то из коллег'} отправляет «${title}» на проверку.\n\n${standfirst}\n\nПроверить: ${link}\n`,
  }),
  changesRequested: ({ who, title, note, link }) => ({
    subject: `Запрошены правки: «${title}»`,
    text: `${who ?? 'Кто-то из коллег'} просит внести правки в «${title}»:\n\n${note}\n\nОткрыть черновик: ${link}\n`,
  }),
  published: ({ title, url }) => ({
    subject: `Опубликовано: «${title}»`,
    text: `Материал «${title}» опубликован: ${url}\n`,
  }),
  heldComment: ({ title, name, body, link }) => ({
    subject: `Комментарий ждёт модерации: «${title}»`,
    text: `${name} пишет:\n\n${body}\n\nОдобрить, отклонить или пометить как спам: ${link}\n`,
  }),
  reply: ({ title, name, body, link, stop }) => ({
    subject: `Новый ответ на ваш комментарий к «${title}»`,
    text:
      `${name} отвечает на ваш комментарий:\n\n${body}\n\nЧитать обсуждение: ${link}\n\n` +
      `Больше не присылать писем об ответах на этот комментарий: ${stop}\n`,
  }),
  received: ({ name, title, reference, site }) => ({
    subject: `Мы получили вашу статью «${title}» (${reference})`,
    text:
      `Здравствуйте, ${name}!\n\nСпасибо, что прислали «${title}» в ${site}. Номер вашей статьи — ${reference}; ` +
      `пожалуйста, указывайте его в письмах к нам. Наши редакторы читают каждую присланную статью и стараются ответить примерно через три недели.\n\n` +
      `${site}\n`,
  }),
  newSubmission: ({ sender, title, reference, kind, language, abstract, link }) => ({
    subject: `Новая присланная статья ${reference}: «${title}»`,
    text: `${sender} присылает статью. Жанр: ${kind}; язык: ${language}.\n\n${abstract}\n\nРассмотреть: ${link}\n`,
  }),
  // The link's lifetime is a fixed number of hours whose Russian form is «часов».
  invitation: ({ name, inviter, site, link, hours }) => ({
    subject: `Приглашение: учётная запись сотрудника ${site}`,
    text:
      `Здравствуйте, ${name}!\n\n${inviter ?? 'Администратор'} создаёт для вас учётную запись сотрудника ${site}. ` +
      `Выберите пароль по ссылке (она действует ${hours} часов и один раз):\n\n${link}\n\n` +
      `Затем входите с этим адресом эл. почты и этим паролем.\n\n${site}\n`,
  }),
  otherLanguage: 'другой язык',
}

const MESSAGES: Record<Locale, NotificationMessages> = { en, az, ru }

export const notificationMessages = (locale: Locale): NotificationMessages => MESSAGES[locale]
