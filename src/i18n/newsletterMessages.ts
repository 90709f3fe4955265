import type { Locale } from './config'

/**
 * The newsletter's words: the subscribe form and its pages (src/components/newsletter), and the
 * mails (src/lib/newsletter/compose.ts), in each of the site's languages. `consent` is also what a
 * subscription records as the words the reader agreed to.
 */
const en = {
  heading: 'Get our analysis by e-mail',
  intro: 'New publications in your inbox, as they appear or once a week.',
  email: 'E-mail',
  name: 'Name (optional)',
  frequency: 'How often',
  each: 'Every new publication',
  weekly: 'A weekly digest',
  what: 'What',
  everything: 'Everything we publish',
  chosen: 'Only the topics and authors I choose',
  topics: 'Topics',
  authors: 'Authors',
  submit: 'Subscribe',
  sending: 'Sending…',
  consent:
    'We will e-mail you what you chose, and nothing else. We keep your address, your choice, when you agreed and a scrambled trace of your internet address as proof; you can change your choice or leave with one click from any of our e-mails.',
  errors: {
    email: 'Enter an e-mail address we can write to.',
    choices: 'Choose at least one topic or author, or everything.',
    tooMany: (seconds: number) =>
      `Too many requests. Please wait ${Math.ceil(seconds / 60)} min and try again.`,
    generic: 'Something went wrong. Please try again.',
  },
  checkInbox: 'Check your inbox',
  checkInboxText: (email: string) =>
    `If ${email || 'the address'} can receive mail, a message with a link to confirm is on its way. Nothing is sent before you confirm; the link works for two days.`,
  confirmTitle: 'Confirm your subscription',
  confirmText: 'One click, and your subscription starts.',
  confirmButton: 'Confirm',
  confirmedTitle: 'You are subscribed',
  confirmedText: 'Thank you. You can change what you receive at any time:',
  invalidTitle: 'Link not valid',
  invalidText: 'This link is broken, expired or already used. You can subscribe again.',
  preferencesTitle: 'Your newsletter',
  preferencesText: (email: string) => `What we send to ${email}.`,
  save: 'Save my choice',
  saved: 'Saved.',
  leave: 'Unsubscribe from everything',
  unsubscribeTitle: 'Unsubscribe?',
  unsubscribeText: (email: string) => `${email} will get no more e-mails from us.`,
  unsubscribeButton: 'Unsubscribe',
  unsubscribedTitle: 'Unsubscribed',
  unsubscribedText: 'Your address is erased from every list. We are sorry to see you go.',
  mail: {
    confirmSubject: (site: string) => `Confirm your subscription to ${site}`,
    confirmBody: (site: string) =>
      `Someone, hopefully you, asked to receive ${site}'s publications at this address. To confirm, open this link within two days:`,
    confirmIgnore: 'If it was not you, ignore this mail: nothing will be sent.',
    newFrom: (site: string) => `New from ${site}`,
    read: 'Read it',
    by: 'By',
    digestSubject: (site: string) => `${site}: this week's publications`,
    digestIntro: (count: number) =>
      count === 1 ? 'One new publication this week:' : `${count} new publications this week:`,
    why: (site: string) => `You receive this because you subscribed to ${site}.`,
    preferences: 'Change what you receive',
    unsubscribe: 'Unsubscribe',
    test: 'Test: this is how the mail will look.',
  },
}

export type NewsletterMessages = typeof en

const az: NewsletterMessages = {
  heading: 'Təhlillərimizi e-poçtla alın',
  intro: 'Yeni nəşrlər e-poçtunuza, çıxdıqca və ya həftədə bir dəfə.',
  email: 'E-poçt',
  name: 'Ad (istəyə görə)',
  frequency: 'Nə qədər tez-tez',
  each: 'Hər yeni nəşr',
  weekly: 'Həftəlik icmal',
  what: 'Nə',
  everything: 'Dərc etdiyimiz hər şey',
  chosen: 'Yalnız seçdiyim mövzular və müəlliflər',
  topics: 'Mövzular',
  authors: 'Müəlliflər',
  submit: 'Abunə ol',
  sending: 'Göndərilir…',
  consent:
    'Sizə yalnız seçdiyinizi göndərəcəyik. Sübut kimi ünvanınızı, seçiminizi, razılıq vaxtını və internet ünvanınızın şifrələnmiş izini saxlayırıq; hər məktubumuzdan bir kliklə seçiminizi dəyişə və ya abunəlikdən çıxa bilərsiniz.',
  errors: {
    email: 'Yaza biləcəyimiz e-poçt ünvanı daxil edin.',
    choices: 'Ən azı bir mövzu və ya müəllif seçin, ya da hər şeyi.',
    tooMany: (seconds: number) =>
      `Həddindən çox sorğu. Zəhmət olmasa ${Math.ceil(seconds / 60)} dəq. gözləyib yenidən cəhd edin.`,
    generic: 'Xəta baş verdi. Zəhmət olmasa yenidən cəhd edin.',
  },
  checkInbox: 'E-poçtunuzu yoxlayın',
  checkInboxText: (email: string) =>
    `${email || 'Ünvan'} məktub qəbul edə bilirsə, təsdiq keçidi olan məktub yoldadır. Təsdiq etməyincə heç nə göndərilmir; keçid iki gün etibarlıdır.`,
  confirmTitle: 'Abunəliyinizi təsdiq edin',
  confirmText: 'Bir klik və abunəliyiniz başlayır.',
  confirmButton: 'Təsdiq et',
  confirmedTitle: 'Abunə oldunuz',
  confirmedText: 'Təşəkkür edirik. Nə aldığınızı istənilən vaxt dəyişə bilərsiniz:',
  invalidTitle: 'Keçid etibarsızdır',
  invalidText:
    'Bu keçid xətalıdır, vaxtı keçib və ya artıq istifadə olunub. Yenidən abunə ola bilərsiniz.',
  preferencesTitle: 'Bülleteniniz',
  preferencesText: (email: string) => `${email} ünvanına göndərdiklərimiz.`,
  save: 'Seçimimi saxla',
  saved: 'Saxlanıldı.',
  leave: 'Hər şeydən abunəliyi dayandır',
  unsubscribeTitle: 'Abunəlikdən çıxırsınız?',
  unsubscribeText: (email: string) => `${email} bizdən daha məktub almayacaq.`,
  unsubscribeButton: 'Abunəlikdən çıx',
  unsubscribedTitle: 'Abunəlikdən çıxdınız',
  unsubscribedText: 'Ünvanınız bütün siyahılardan silindi.',
  mail: {
    confirmSubject: (site: string) => `${site} abunəliyinizi təsdiq edin`,
    confirmBody: (site: string) =>
      `Kimsə, ümid edirik ki, siz, bu ünvana ${site} nəşrlərini almaq istədi. Təsdiq üçün bu keçidi iki gün ərzində açın:`,
    confirmIgnore: 'Bu siz deyildinizsə, bu məktubu nəzərə almayın: heç nə göndərilməyəcək.',
    newFrom: (site: string) => `${site}: yeni nəşr`,
    read: 'Oxuyun',
    by: 'Müəllif:',
    digestSubject: (site: string) => `${site}: həftənin nəşrləri`,
    digestIntro: (count: number) => `Bu həftə ${count} yeni nəşr:`,
    why: (site: string) => `Bu məktubu ${site} abunəliyinə görə alırsınız.`,
    preferences: 'Nə aldığınızı dəyişin',
    unsubscribe: 'Abunəlikdən çıxın',
    test: 'Sınaq: məktub belə görünəcək.',
  },
}

const ru: NewsletterMessages = {
  heading: 'Наши материалы по электронной почте',
  intro: 'Новые публикации в вашем ящике — сразу по выходе или раз в неделю.',
  email: 'Электронная почта',
  name: 'Имя (необязательно)',
  frequency: 'Как часто',
  each: 'Каждая новая публикация',
  weekly: 'Еженедельный дайджест',
  what: 'Что',
  everything: 'Всё, что мы публикуем',
  chosen: 'Только выбранные темы и авторы',
  topics: 'Темы',
  authors: 'Авторы',
  submit: 'Подписаться',
  sending: 'Отправка…',
  consent:
    'Мы будем присылать только то, что вы выбрали. В подтверждение мы храним ваш адрес, ваш выбор, время согласия и зашифрованный след вашего интернет-адреса; изменить выбор или отписаться можно одним щелчком из любого нашего письма.',
  errors: {
    email: 'Введите адрес электронной почты, на который можно написать.',
    choices: 'Выберите хотя бы одну тему или автора — или всё.',
    tooMany: (seconds: number) =>
      `Слишком много запросов. Подождите ${Math.ceil(seconds / 60)} мин. и попробуйте снова.`,
    generic: 'Что-то пошло не так. Попробуйте ещё раз.',
  },
  checkInbox: 'Проверьте почту',
  checkInboxText: (email: string) =>
    `Если на ${email || 'этот адрес'} можно отправить письмо, письмо со ссылкой для подтверждения уже в пути. До подтверждения мы ничего не присылаем; ссылка действует два дня.`,
  confirmTitle: 'Подтвердите подписку',
  confirmText: 'Один щелчок — и подписка начнётся.',
  confirmButton: 'Подтвердить',
  confirmedTitle: 'Вы подписаны',
  confirmedText: 'Спасибо. Изменить, что вы получаете, можно в любой момент:',
  invalidTitle: 'Ссылка недействительна',
  invalidText: 'Ссылка повреждена, устарела или уже использована. Вы можете подписаться снова.',
  preferencesTitle: 'Ваша рассылка',
  preferencesText: (email: string) => `Что мы присылаем на ${email}.`,
  save: 'Сохранить выбор',
  saved: 'Сохранено.',
  leave: 'Отписаться от всего',
  unsubscribeTitle: 'Отписаться?',
  unsubscribeText: (email: string) => `На ${email} больше не придёт ни одного письма.`,
  unsubscribeButton: 'Отписаться',
  unsubscribedTitle: 'Вы отписаны',
  unsubscribedText: 'Ваш адрес удалён из всех списков.',
  mail: {
    confirmSubject: (site: string) => `Подтвердите подписку: ${site}`,
    confirmBody: (site: string) =>
      `Кто-то — надеемся, вы — попросил присылать публикации ${site} на этот адрес. Чтобы подтвердить, откройте ссылку в течение двух дней:`,
    confirmIgnore: 'Если это были не вы, просто не отвечайте: ничего присылать не будем.',
    newFrom: (site: string) => `Новое от ${site}`,
    read: 'Читать',
    by: 'Авторы:',
    digestSubject: (site: string) => `${site}: публикации недели`,
    digestIntro: (count: number) => `Новых публикаций за неделю: ${count}.`,
    why: (site: string) => `Вы получили это письмо, потому что подписались на ${site}.`,
    preferences: 'Изменить подписку',
    unsubscribe: 'Отписаться',
    test: 'Тест: так будет выглядеть письмо.',
  },
}

const MESSAGES: Record<Locale, NewsletterMessages> = { en, az, ru }

export const newsletterMessages = (locale: Locale): NewsletterMessages => MESSAGES[locale]
