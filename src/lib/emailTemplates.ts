import type { Locale } from '@/i18n/config'

/**
 * Editors write the submission decision e-mails in Site settings with placeholders in braces;
 * these are the ones they may use. An unknown placeholder is left as written, so a typo shows.
 */
export const TEMPLATE_PLACEHOLDERS = ['name', 'title', 'reference', 'siteName'] as const

export type TemplateValues = Record<(typeof TEMPLATE_PLACEHOLDERS)[number], string>

export const fillTemplate = (template: string, values: TemplateValues) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? values[key as keyof TemplateValues] : whole,
  )

export type Decision = 'accepted' | 'declined'
type Template = { subject: string; body: string }

/** The decision mails as shipped, in each language (Site settings starts from the English ones). */
export const DEFAULT_DECISION_EMAILS: Record<Locale, Record<Decision, Template>> = {
  en: {
    accepted: {
      subject: 'Your article “{title}” ({reference}) is accepted',
      body:
        'Dear {name},\n\nThank you for sending “{title}” to {siteName}. Our editors have accepted it for publication. ' +
        'An editor will write to you shortly about the edit and the publication date.\n\n{siteName}\n',
    },
    declined: {
      subject: 'Your article “{title}” ({reference})',
      body:
        'Dear {name},\n\nThank you for sending “{title}” to {siteName}. After careful reading, our editors have decided ' +
        'not to publish it. We receive many more articles than we can publish, and we hope you will write to us again.\n\n{siteName}\n',
    },
  },
  az: {
    accepted: {
      subject: '«{title}» məqaləniz ({reference}) qəbul edildi',
      body:
        'Hörmətli {name},\n\n«{title}» məqaləsini {siteName} üçün göndərdiyiniz üçün təşəkkür edirik. Redaktorlarımız onu dərc üçün qəbul etdi. ' +
        'Redaktor tezliklə redaktə və dərc tarixi barədə sizə yazacaq.\n\n{siteName}\n',
    },
    declined: {
      subject: '«{title}» məqaləniz ({reference})',
      body:
        'Hörmətli {name},\n\n«{title}» məqaləsini {siteName} üçün göndərdiyiniz üçün təşəkkür edirik. Diqqətlə oxuduqdan sonra redaktorlarımız ' +
        'onu dərc etməmək qərarına gəldi. Dərc edə biləcəyimizdən qat-qat çox məqalə alırıq və ümid edirik ki, bizə yenə yazacaqsınız.\n\n{siteName}\n',
    },
  },
  ru: {
    accepted: {
      subject: 'Ваша статья «{title}» ({reference}) принята',
      body:
        'Здравствуйте, {name}!\n\nСпасибо, что прислали «{title}» в {siteName}. Наши редакторы приняли статью к публикации. ' +
        'Редактор скоро напишет вам о редактуре и дате публикации.\n\n{siteName}\n',
    },
    declined: {
      subject: 'Ваша статья «{title}» ({reference})',
      body:
        'Здравствуйте, {name}!\n\nСпасибо, что прислали «{title}» в {siteName}. Внимательно прочитав статью, наши редакторы решили ' +
        'её не публиковать. Мы получаем гораздо больше статей, чем можем опубликовать, и надеемся, что вы напишете нам снова.\n\n{siteName}\n',
    },
  },
}

/**
 * The template a decision mail in `language` uses: what the editors wrote for that language in
 * Site settings, or the shipped one in that language where they wrote none. The database gives
 * every language of Site settings the English text as its column default, so an Azerbaijani or
 * Russian text still equal to the English default is one nobody wrote.
 */
export function decisionTemplate(
  stored: Partial<Record<keyof Template, string | null>> | null | undefined,
  language: Locale,
  decision: Decision,
): Template {
  const shipped = DEFAULT_DECISION_EMAILS[language][decision]
  const untouched = DEFAULT_DECISION_EMAILS.en[decision]
  const pick = (part: keyof Template) => {
    const text = stored?.[part]?.trim() ? stored[part]! : undefined
    return text === undefined || (language !== 'en' && text === untouched[part])
      ? shipped[part]
      : text
  }
  return { subject: pick('subject'), body: pick('body') }
}
