import type { NestedKeysStripped, TFunction } from '@payloadcms/translations'

import type { Locale } from './config'

/**
 * Our own words in the admin panel (Payload's own come with @payloadcms/translations), in each of
 * its languages. payload.config.ts hands them to Payload as custom translations under the `cms`
 * namespace, so they follow the language each staff member picks on their account page: client
 * components read them with `useTranslation<AdminTranslations, AdminKey>()`, server components and
 * hooks with `adminT(i18n.t)` / `adminT(req.t)`, field labels take all three at once
 * (`inEveryLanguage`).
 *
 * A count-dependent phrase has the plural forms Azerbaijani, English and Russian need (`Plural`),
 * chosen with `pluralForm`: Payload's own count suffixes guess Russian forms from ranges (21 would
 * take the form of 5).
 */
type Plural = { one: string; few: string; many: string; other: string }

const en = {
  groups: { content: 'Content', readers: 'Readers', administration: 'Administration' },
  collections: {
    articles: { singular: 'Article', plural: 'Articles' },
    pages: { singular: 'Page', plural: 'Pages' },
    authors: { singular: 'Author', plural: 'Authors' },
    teams: { singular: 'Team', plural: 'Teams' },
    topics: { singular: 'Topic', plural: 'Topics' },
    media: { singular: 'Media', plural: 'Media' },
    siteIcons: { singular: 'Site icon', plural: 'Site icons' },
    comments: { singular: 'Comment', plural: 'Comments' },
    submissions: { singular: 'Submission', plural: 'Submissions' },
    subscribers: { singular: 'Subscriber', plural: 'Subscribers' },
    subscriptionRequests: { singular: 'Subscription request', plural: 'Subscription requests' },
    mailings: { singular: 'Mailing', plural: 'Mailings' },
    users: { singular: 'Staff account', plural: 'Staff accounts' },
  },
  siteSettings: 'Site settings',
  review: {
    submit: 'Submit for review',
    inReview: 'In review',
    requestChanges: 'Request changes',
    noteRequired: 'Write the message to the authors before requesting changes.',
    keepYourself: 'Keep yourself among the authors of your own draft.',
    deleteInReview:
      'This draft is waiting for review and the editors have been sent it: ask an editor to delete it or to send it back to you.',
    sentForReview: {
      one: 'Sent for review: {{count}} editor was e-mailed.',
      few: 'Sent for review: the {{count}} editors were e-mailed.',
      many: 'Sent for review: the {{count}} editors were e-mailed.',
      other: 'Sent for review: the {{count}} editors were e-mailed.',
    } satisfies Plural,
    sentForReviewToNobody: 'Sent for review. No editor could be e-mailed: tell one yourself.',
    changesRequestedSent: {
      one: 'Changes requested: your message was e-mailed to the author.',
      few: 'Changes requested: your message was e-mailed to the {{count}} authors.',
      many: 'Changes requested: your message was e-mailed to the {{count}} authors.',
      other: 'Changes requested: your message was e-mailed to the {{count}} authors.',
    } satisfies Plural,
    changesRequestedToNobody:
      'Changes requested. None of the authors has an e-mail address: tell them yourself.',
    editorsAsk: 'The editors ask for changes',
    thenResubmit: 'Make the changes, then press “Submit for review” again.',
    unsaved: 'Your last changes are not saved yet. Leave anyway?',
  },
  desk: {
    title: 'Your articles',
    noProfile:
      'Your account is not linked to an author profile yet: ask an admin to link it, and your articles will appear here.',
    write: 'Write a new article',
    changesRequested: 'Changes requested ({{count}})',
    drafts: 'Drafts ({{count}})',
    inReview: 'In review ({{count}})',
    published: 'Recently published',
    none: 'None.',
    untitled: 'Untitled draft',
    sent: 'sent {{date}}',
    edited: 'edited {{date}}',
    publishedOn: 'published {{date}}',
    onSite: 'on the site',
  },
  history: {
    saved: 'Saved',
    by: 'Saved by',
    colleague: 'a colleague',
    newer: '← Newer',
    older: 'Older →',
  },
  queue: {
    title: 'Review queue ({{count}})',
    empty: 'No drafts are waiting for review.',
    draft: 'Draft',
    authors: 'Authors',
    submittedBy: 'Submitted by',
    submitted: 'Submitted',
    change: 'Change',
    newArticle: 'New article',
    update: 'Update',
    correction: 'Correction',
    newTranslation: 'New translation ({{language}})',
    compareWithLive: 'Compare with the live version',
    language: 'Language',
  },
  moderation: {
    title: 'Moderation',
    commentsAwait: {
      one: 'comment awaits moderation',
      few: 'comments await moderation',
      many: 'comments await moderation',
      other: 'comments await moderation',
    } satisfies Plural,
    newSubmissions: {
      one: 'new submission',
      few: 'new submissions',
      many: 'new submissions',
      other: 'new submissions',
    } satisfies Plural,
    byStatus: 'Comments by status',
    status: { pending: 'Pending', approved: 'Approved', spam: 'Spam', rejected: 'Rejected' },
    act: {
      approve: 'Approve selected',
      spam: 'Mark selected as spam',
      reject: 'Reject selected',
      failed: 'Moderation failed ({{status}}).',
    },
    row: { approve: 'Approve', spam: 'Spam', reject: 'Reject' },
    onSite: 'On the site ↗',
    all: 'All',
  },
  staffReply: {
    label: 'Reply as the team',
    description:
      'Published at once under this comment and marked on the site as the team’s. A reader who asked for replies is told by e-mail.',
    send: 'Publish reply',
    sending: 'Publishing…',
    sent: 'Reply published.',
    open: 'Open the reply →',
    approveFirst: 'Approve the comment first: a reply under a held comment is not shown.',
    failed: 'The reply was not published ({{status}}).',
  },
  convert: {
    open: 'Open the draft article →',
    button: 'Convert to draft article',
    busy: 'Converting…',
    acceptFirst: 'Accept the submission and save it to convert it.',
    failed: 'Conversion failed ({{status}}).',
    notAccepted: 'Only an accepted submission can become a draft article: accept it first.',
    alreadyConverted: 'This submission already has its draft article.',
    unreadable:
      'The manuscript cannot be read or converted. Download it and paste the text into a new article.',
  },
  manuscript: {
    heading: 'Manuscript',
    loading: 'Reading the manuscript…',
    words: {
      one: '{{count}} word',
      few: '{{count}} words',
      many: '{{count}} words',
      other: '{{count}} words',
    } satisfies Plural,
    within: '{{words}} — within the {{min}}–{{max}} asked.',
    short: '{{words}} — fewer than the {{min}}–{{max}} asked.',
    long: '{{words}} — more than the {{min}}–{{max}} asked.',
    uncounted: 'Not counted (PDF and DOC files are not) — {{min}}–{{max}} words asked.',
    guidelines: 'What it should meet',
    doc: 'A DOC file cannot be shown here: download it to read it.',
    unreadable: 'The manuscript cannot be read here: download it to open it.',
    download: 'Download {{filename}}',
    pdf: 'The manuscript (PDF)',
    failed: 'The manuscript could not be loaded ({{status}}).',
  },
  decision: {
    heading: 'Decision e-mail',
    onSave: 'Saving mails nobody: preview the e-mail, then send it.',
    chooseFirst: 'Choose Accepted or Declined as the status first.',
    alreadySent: 'The decision e-mail has already been sent to this author.',
    preview: 'Preview the e-mail',
    previewing: 'Composing…',
    to: 'To',
    subject: 'Subject',
    body: 'Text',
    editHint: 'Edit it for this author if need be; the template in Site settings stays as it is.',
    send: 'Send the e-mail',
    sending: 'Sending…',
    cancel: 'Cancel',
    sent: 'Sent to {{to}} on {{date}}.',
    empty: 'Write the subject and the text of the e-mail.',
    tooLong: 'At most {{max}} characters.',
    mailFailed: 'The mail server did not take the e-mail. Nothing was stored: try again later.',
    failed: 'Not sent ({{status}}).',
  },
  newsletter: {
    testArticle: 'Send me a test of its newsletter mail',
    testDigest: 'Send me a test of the next weekly digest',
    sending: 'Sending…',
    notSent: 'Not sent ({{status}}).',
    sent: 'A test was sent to {{email}}.',
    emptyDigest: 'Nothing was published since the last digest: it would be empty.',
  },
  subscribers: {
    region: 'Subscribers',
    total: {
      one: 'subscriber',
      few: 'subscribers',
      many: 'subscribers',
      other: 'subscribers',
    } satisfies Plural,
    everything: '{{count}} to everything',
    weekly: '{{count}} weekly',
    export: 'Export as CSV',
    perTopicAndAuthor: 'Subscribers per topic and author',
  },
  invite: {
    heading: 'Invite a staff member',
    name: 'Name',
    email: 'E-mail',
    role: 'Role',
    language: 'Language',
    roles: { admin: 'Admin', editor: 'Editor', intern: 'Intern' },
    button: 'Send the invitation',
    busy: 'Sending…',
    explain: 'They get an e-mail with a link to choose their own password; it works for 48 hours.',
    sent: 'Invitation sent to {{email}}.',
    failed: 'The invitation failed ({{status}}).',
  },
  fields: {
    publishedAt: {
      label: 'Publication date',
      description:
        'Shown on the article. Set by its first publication unless you choose a date; to publish later, choose “Schedule Publish” in the menu of “Publish changes”.',
    },
    publishedBy: { label: 'Published by', description: 'Who first published it.' },
    reviewState: {
      label: 'Review state',
      none: 'Not submitted',
      inReview: 'In review',
      changesRequested: 'Changes requested',
    },
    savedBy: 'Last saved by',
    reviewRequestedAt: 'Submitted for review',
    reviewRequestedBy: 'Submitted by',
    reviewNote: {
      label: 'Message to the authors',
      description: 'What to change. Sent to every co-author with “Request changes”.',
    },
    leaveOutOfMailings: {
      label: 'Leave out of newsletter mailings',
      description: 'Not mailed to subscribers when published, and not in the weekly digest.',
    },
    userLanguage: {
      label: 'Admin and e-mail language',
      description:
        'Chosen here when the account is created. Afterwards its owner changes it with the language picker on their account page, and this follows.',
    },
    commentLanguage: {
      label: 'Language of the page',
      description: 'Where the reader commented: the reply notification goes out in this language.',
    },
    staffAuthor: {
      label: 'Staff reply by',
      description: 'Set when a moderator replies as the team; the site shows the team badge.',
    },
    guestAuthor: {
      label: 'Guest author',
      description:
        'An outside author: not shown on the site until an article by them is published, and presented with their own affiliation.',
    },
    hasPublishedArticle: { label: 'Has a published article' },
  },
}

export type AdminMessages = typeof en

const az: AdminMessages = {
  groups: { content: 'Məzmun', readers: 'Oxucular', administration: 'İdarəetmə' },
  collections: {
    articles: { singular: 'Məqalə', plural: 'Məqalələr' },
    pages: { singular: 'Səhifə', plural: 'Səhifələr' },
    authors: { singular: 'Müəllif', plural: 'Müəlliflər' },
    teams: { singular: 'Komanda', plural: 'Komandalar' },
    topics: { singular: 'Mövzu', plural: 'Mövzular' },
    media: { singular: 'Media faylı', plural: 'Media faylları' },
    siteIcons: { singular: 'Sayt nişanı', plural: 'Sayt nişanları' },
    comments: { singular: 'Şərh', plural: 'Şərhlər' },
    submissions: { singular: 'Göndərilmiş məqalə', plural: 'Göndərilmiş məqalələr' },
    subscribers: { singular: 'Abunəçi', plural: 'Abunəçilər' },
    subscriptionRequests: { singular: 'Abunə sorğusu', plural: 'Abunə sorğuları' },
    mailings: { singular: 'Göndəriş', plural: 'Göndərişlər' },
    users: { singular: 'Əməkdaş hesabı', plural: 'Əməkdaş hesabları' },
  },
  siteSettings: 'Sayt ayarları',
  review: {
    submit: 'Yoxlamaya göndər',
    inReview: 'Yoxlamadadır',
    requestChanges: 'Dəyişiklik istə',
    noteRequired: 'Dəyişiklik istəməzdən əvvəl müəlliflərə mesaj yazın.',
    keepYourself: 'Öz qaralamanızın müəllifləri arasında özünüz də qalmalısınız.',
    deleteInReview:
      'Bu qaralama yoxlamanı gözləyir və redaktorlara göndərilib: onu silməyi və ya sizə qaytarmağı redaktordan xahiş edin.',
    sentForReview: {
      one: 'Yoxlamaya göndərildi: {{count}} redaktora e-poçt getdi.',
      few: 'Yoxlamaya göndərildi: {{count}} redaktora e-poçt getdi.',
      many: 'Yoxlamaya göndərildi: {{count}} redaktora e-poçt getdi.',
      other: 'Yoxlamaya göndərildi: {{count}} redaktora e-poçt getdi.',
    } satisfies Plural,
    sentForReviewToNobody:
      'Yoxlamaya göndərildi. Heç bir redaktora e-poçt göndərilə bilmədi: özünüz xəbər verin.',
    changesRequestedSent: {
      one: 'Dəyişiklik istənildi: mesajınız müəllifə e-poçtla göndərildi.',
      few: 'Dəyişiklik istənildi: mesajınız {{count}} müəllifə e-poçtla göndərildi.',
      many: 'Dəyişiklik istənildi: mesajınız {{count}} müəllifə e-poçtla göndərildi.',
      other: 'Dəyişiklik istənildi: mesajınız {{count}} müəllifə e-poçtla göndərildi.',
    } satisfies Plural,
    changesRequestedToNobody:
      'Dəyişiklik istənildi. Müəlliflərin heç birinin e-poçt ünvanı yoxdur: özünüz xəbər verin.',
    editorsAsk: 'Redaktorlar dəyişiklik istəyir',
    thenResubmit: 'Dəyişiklikləri edin, sonra yenidən «Yoxlamaya göndər» düyməsini basın.',
    unsaved: 'Son dəyişiklikləriniz hələ saxlanmayıb. Yenə də çıxırsınız?',
  },
  desk: {
    title: 'Məqalələriniz',
    noProfile:
      'Hesabınız hələ müəllif profilinə bağlanmayıb: administratordan bağlamağı xahiş edin, məqalələriniz burada görünəcək.',
    write: 'Yeni məqalə yazın',
    changesRequested: 'Dəyişiklik istənilir ({{count}})',
    drafts: 'Qaralamalar ({{count}})',
    inReview: 'Yoxlamadadır ({{count}})',
    published: 'Son dərc olunanlar',
    none: 'Yoxdur.',
    untitled: 'Adsız qaralama',
    sent: '{{date}} göndərilib',
    edited: '{{date}} dəyişdirilib',
    publishedOn: '{{date}} dərc olunub',
    onSite: 'saytda',
  },
  history: {
    saved: 'Saxlanılıb',
    by: 'Saxlayan',
    colleague: 'həmkar',
    newer: '← Daha yeni',
    older: 'Daha köhnə →',
  },
  queue: {
    title: 'Yoxlama növbəsi ({{count}})',
    empty: 'Yoxlama gözləyən qaralama yoxdur.',
    draft: 'Qaralama',
    authors: 'Müəlliflər',
    submittedBy: 'Göndərən',
    submitted: 'Göndərilmə vaxtı',
    change: 'Dəyişiklik',
    newArticle: 'Yeni məqalə',
    update: 'Yenilənmə',
    correction: 'Düzəliş',
    newTranslation: 'Yeni tərcümə ({{language}})',
    compareWithLive: 'Dərc olunmuş versiya ilə müqayisə et',
    language: 'Dil',
  },
  moderation: {
    title: 'Moderasiya',
    // Azerbaijani keeps the noun singular after a number: "3 şərh".
    commentsAwait: {
      one: 'şərh moderasiya gözləyir',
      few: 'şərh moderasiya gözləyir',
      many: 'şərh moderasiya gözləyir',
      other: 'şərh moderasiya gözləyir',
    },
    newSubmissions: {
      one: 'yeni göndərilmiş məqalə',
      few: 'yeni göndərilmiş məqalə',
      many: 'yeni göndərilmiş məqalə',
      other: 'yeni göndərilmiş məqalə',
    },
    byStatus: 'Statusa görə şərhlər',
    status: {
      pending: 'Gözləmədə',
      approved: 'Təsdiqlənib',
      spam: 'Spam',
      rejected: 'Rədd edilib',
    },
    act: {
      approve: 'Seçilənləri təsdiqlə',
      spam: 'Seçilənləri spam kimi qeyd et',
      reject: 'Seçilənləri rədd et',
      failed: 'Moderasiya alınmadı ({{status}}).',
    },
    row: { approve: 'Təsdiqlə', spam: 'Spam', reject: 'Rədd et' },
    onSite: 'Saytda ↗',
    all: 'Hamısı',
  },
  staffReply: {
    label: 'Komanda adından cavab',
    description:
      'Bu şərhin altında dərhal dərc olunur və saytda komandanın cavabı kimi işarələnir. Cavab bildirişi istəyən oxucuya e-poçt göndərilir.',
    send: 'Cavabı dərc et',
    sending: 'Dərc olunur…',
    sent: 'Cavab dərc olundu.',
    open: 'Cavabı aç →',
    approveFirst: 'Əvvəlcə şərhi təsdiqləyin: gözləmədə olan şərhin altındakı cavab göstərilmir.',
    failed: 'Cavab dərc olunmadı ({{status}}).',
  },
  convert: {
    open: 'Qaralama məqaləni aç →',
    button: 'Qaralama məqaləyə çevir',
    busy: 'Çevrilir…',
    acceptFirst: 'Çevirmək üçün göndərilmiş məqaləni qəbul edin və yadda saxlayın.',
    failed: 'Çevirmək alınmadı ({{status}}).',
    notAccepted: 'Yalnız qəbul edilmiş məqalə qaralamaya çevrilə bilər: əvvəlcə onu qəbul edin.',
    alreadyConverted: 'Bu göndərilmiş məqalənin artıq qaralaması var.',
    unreadable:
      'Əlyazmanı oxumaq və ya çevirmək mümkün olmadı. Onu yükləyin və mətni yeni məqaləyə köçürün.',
  },
  manuscript: {
    heading: 'Əlyazma',
    loading: 'Əlyazma oxunur…',
    words: {
      one: '{{count}} söz',
      few: '{{count}} söz',
      many: '{{count}} söz',
      other: '{{count}} söz',
    } satisfies Plural,
    within: '{{words}} — istənilən {{min}}–{{max}} həddindədir.',
    short: '{{words}} — istənilən {{min}}–{{max}} həddindən azdır.',
    long: '{{words}} — istənilən {{min}}–{{max}} həddindən çoxdur.',
    uncounted: 'Sayılmayıb (PDF və DOC faylları sayılmır) — {{min}}–{{max}} söz istənilir.',
    guidelines: 'Tələblər',
    doc: 'DOC faylı burada göstərilə bilməz: oxumaq üçün onu yükləyin.',
    unreadable: 'Əlyazmanı burada oxumaq mümkün deyil: açmaq üçün onu yükləyin.',
    download: '{{filename}} faylını yüklə',
    pdf: 'Əlyazma (PDF)',
    failed: 'Əlyazmanı yükləmək alınmadı ({{status}}).',
  },
  decision: {
    heading: 'Qərar məktubu',
    onSave: 'Yadda saxlamaq heç kimə məktub göndərmir: məktuba baxın, sonra göndərin.',
    chooseFirst: 'Əvvəlcə status kimi Accepted və ya Declined seçin.',
    alreadySent: 'Qərar məktubu bu müəllifə artıq göndərilib.',
    preview: 'Məktuba bax',
    previewing: 'Hazırlanır…',
    to: 'Kimə',
    subject: 'Mövzu',
    body: 'Mətn',
    editHint: 'Lazım olsa, bu müəllif üçün dəyişin; Sayt ayarlarındakı şablon olduğu kimi qalır.',
    send: 'Məktubu göndər',
    sending: 'Göndərilir…',
    cancel: 'Ləğv et',
    sent: '{{date}} tarixində {{to}} ünvanına göndərildi.',
    empty: 'Məktubun mövzusunu və mətnini yazın.',
    tooLong: 'Ən çoxu {{max}} simvol.',
    mailFailed: 'Poçt serveri məktubu qəbul etmədi. Heç nə saxlanmadı: sonra yenə cəhd edin.',
    failed: 'Göndərilmədi ({{status}}).',
  },
  newsletter: {
    testArticle: 'Bu məqalənin bülleten məktubunu sınaq üçün mənə göndər',
    testDigest: 'Növbəti həftəlik icmalı sınaq üçün mənə göndər',
    sending: 'Göndərilir…',
    notSent: 'Göndərilmədi ({{status}}).',
    sent: 'Sınaq məktubu {{email}} ünvanına göndərildi.',
    emptyDigest: 'Son icmaldan bəri heç nə dərc olunmayıb: icmal boş olardı.',
  },
  subscribers: {
    region: 'Abunəçilər',
    total: { one: 'abunəçi', few: 'abunəçi', many: 'abunəçi', other: 'abunəçi' },
    everything: 'hər şeyə: {{count}}',
    weekly: 'həftəlik: {{count}}',
    export: 'CSV kimi yüklə',
    perTopicAndAuthor: 'Mövzu və müəllif üzrə abunəçilər',
  },
  invite: {
    heading: 'İşçini dəvət et',
    name: 'Ad',
    email: 'E-poçt',
    role: 'Rol',
    language: 'Dil',
    roles: { admin: 'Administrator', editor: 'Redaktor', intern: 'Təcrübəçi' },
    button: 'Dəvəti göndər',
    busy: 'Göndərilir…',
    explain: 'Öz parolunu seçmək üçün keçidi olan məktub alacaq; keçid 48 saat işləyir.',
    sent: 'Dəvət {{email}} ünvanına göndərildi.',
    failed: 'Dəvət göndərilmədi ({{status}}).',
  },
  fields: {
    publishedAt: {
      label: 'Dərc tarixi',
      description:
        'Məqalədə göstərilir. Tarix seçməsəniz, ilk dərc zamanı qoyulur; sonra dərc etmək üçün «Dəyişiklikləri dərc et» düyməsinin menyusunda «Nəşr Cədvəli»ni seçin.',
    },
    publishedBy: { label: 'Dərc edən', description: 'İlk dəfə kim dərc edib.' },
    reviewState: {
      label: 'Yoxlama vəziyyəti',
      none: 'Göndərilməyib',
      inReview: 'Yoxlamadadır',
      changesRequested: 'Dəyişiklik istənilib',
    },
    savedBy: 'Son saxlayan',
    reviewRequestedAt: 'Yoxlamaya göndərilib',
    reviewRequestedBy: 'Göndərən',
    reviewNote: {
      label: 'Müəlliflərə mesaj',
      description: 'Nəyi dəyişmək lazımdır. «Dəyişiklik istə» ilə bütün həmmüəlliflərə göndərilir.',
    },
    leaveOutOfMailings: {
      label: 'Bülleten göndərişlərinə daxil etmə',
      description: 'Dərc olunanda abunəçilərə göndərilmir və həftəlik icmala düşmür.',
    },
    userLanguage: {
      label: 'Admin panelinin və məktubların dili',
      description:
        'Hesab yaradılanda burada seçilir. Sonra hesabın sahibi onu hesab səhifəsindəki dil seçimi ilə dəyişir və bu sahə ona uyğunlaşır.',
    },
    commentLanguage: {
      label: 'Səhifənin dili',
      description: 'Oxucunun şərh yazdığı səhifənin dili: cavab bildirişi bu dildə göndərilir.',
    },
    staffAuthor: {
      label: 'Komanda cavabının müəllifi',
      description:
        'Moderator komanda adından cavab verəndə qeyd olunur; saytda komanda nişanı görünür.',
    },
    guestAuthor: {
      label: 'Qonaq müəllif',
      description:
        'Kənar müəllif: onun məqaləsi dərc olunana qədər saytda göstərilmir və öz təşkilatı ilə təqdim olunur.',
    },
    hasPublishedArticle: { label: 'Dərc olunmuş məqaləsi var' },
  },
}

const ru: AdminMessages = {
  groups: { content: 'Содержание', readers: 'Читатели', administration: 'Администрирование' },
  collections: {
    articles: { singular: 'Статья', plural: 'Статьи' },
    pages: { singular: 'Страница', plural: 'Страницы' },
    authors: { singular: 'Автор', plural: 'Авторы' },
    teams: { singular: 'Команда', plural: 'Команды' },
    topics: { singular: 'Тема', plural: 'Темы' },
    media: { singular: 'Медиафайл', plural: 'Медиафайлы' },
    siteIcons: { singular: 'Значок сайта', plural: 'Значки сайта' },
    comments: { singular: 'Комментарий', plural: 'Комментарии' },
    submissions: { singular: 'Присланная статья', plural: 'Присланные статьи' },
    subscribers: { singular: 'Подписчик', plural: 'Подписчики' },
    subscriptionRequests: { singular: 'Запрос на подписку', plural: 'Запросы на подписку' },
    mailings: { singular: 'Рассылка', plural: 'Рассылки' },
    users: { singular: 'Учётная запись сотрудника', plural: 'Учётные записи сотрудников' },
  },
  siteSettings: 'Настройки сайта',
  review: {
    submit: 'Отправить на проверку',
    inReview: 'На проверке',
    requestChanges: 'Запросить правки',
    noteRequired: 'Прежде чем запросить правки, напишите сообщение авторам.',
    keepYourself: 'Вы должны остаться среди авторов своего черновика.',
    deleteInReview:
      'Этот черновик ждёт проверки, и редакторам о нём уже написали: попросите редактора удалить его или вернуть вам.',
    sentForReview: {
      one: 'Отправлено на проверку: письмо получил {{count}} редактор.',
      few: 'Отправлено на проверку: письмо получили {{count}} редактора.',
      many: 'Отправлено на проверку: письмо получили {{count}} редакторов.',
      other: 'Отправлено на проверку: письмо получили {{count}} редактора.',
    } satisfies Plural,
    sentForReviewToNobody:
      'Отправлено на проверку. Ни одному редактору не удалось написать: сообщите сами.',
    changesRequestedSent: {
      one: 'Правки запрошены: ваше сообщение отправлено автору.',
      few: 'Правки запрошены: ваше сообщение отправлено {{count}} авторам.',
      many: 'Правки запрошены: ваше сообщение отправлено {{count}} авторам.',
      other: 'Правки запрошены: ваше сообщение отправлено {{count}} авторам.',
    } satisfies Plural,
    changesRequestedToNobody:
      'Правки запрошены. Ни у одного из авторов нет адреса: сообщите им сами.',
    editorsAsk: 'Редакторы просят внести правки',
    thenResubmit: 'Внесите правки и снова нажмите «Отправить на проверку».',
    unsaved: 'Последние изменения ещё не сохранены. Всё равно уйти?',
  },
  desk: {
    title: 'Ваши статьи',
    noProfile:
      'Ваша учётная запись ещё не связана с профилем автора: попросите администратора связать их, и ваши статьи появятся здесь.',
    write: 'Написать новую статью',
    changesRequested: 'Запрошены правки ({{count}})',
    drafts: 'Черновики ({{count}})',
    inReview: 'На проверке ({{count}})',
    published: 'Недавно опубликованные',
    none: 'Нет.',
    untitled: 'Черновик без названия',
    sent: 'отправлено {{date}}',
    edited: 'изменено {{date}}',
    publishedOn: 'опубликовано {{date}}',
    onSite: 'на сайте',
  },
  history: {
    saved: 'Сохранено',
    by: 'Кто сохранил',
    colleague: 'коллега',
    newer: '← Новее',
    older: 'Старее →',
  },
  queue: {
    title: 'Очередь на проверку ({{count}})',
    empty: 'Черновиков, ожидающих проверки, нет.',
    draft: 'Черновик',
    authors: 'Авторы',
    submittedBy: 'Отправитель',
    submitted: 'Дата отправки',
    change: 'Изменение',
    newArticle: 'Новая статья',
    update: 'Обновление',
    correction: 'Исправление',
    newTranslation: 'Новый перевод ({{language}})',
    compareWithLive: 'Сравнить с опубликованной версией',
    language: 'Язык',
  },
  moderation: {
    title: 'Модерация',
    commentsAwait: {
      one: 'комментарий ждёт модерации',
      few: 'комментария ждут модерации',
      many: 'комментариев ждут модерации',
      other: 'комментария ждут модерации',
    },
    newSubmissions: {
      one: 'новая присланная статья',
      few: 'новые присланные статьи',
      many: 'новых присланных статей',
      other: 'новой присланной статьи',
    },
    byStatus: 'Комментарии по статусу',
    status: {
      pending: 'На модерации',
      approved: 'Одобрен',
      spam: 'Спам',
      rejected: 'Отклонён',
    },
    act: {
      approve: 'Одобрить выбранные',
      spam: 'Отметить выбранные как спам',
      reject: 'Отклонить выбранные',
      failed: 'Модерация не удалась ({{status}}).',
    },
    row: { approve: 'Одобрить', spam: 'Спам', reject: 'Отклонить' },
    onSite: 'На сайте ↗',
    all: 'Все',
  },
  staffReply: {
    label: 'Ответить от имени команды',
    description:
      'Публикуется сразу под этим комментарием и отмечается на сайте как ответ команды. Читатель, просивший уведомлять об ответах, получит письмо.',
    send: 'Опубликовать ответ',
    sending: 'Публикуется…',
    sent: 'Ответ опубликован.',
    open: 'Открыть ответ →',
    approveFirst:
      'Сначала одобрите комментарий: ответ под непроверенным комментарием не показывается.',
    failed: 'Ответ не опубликован ({{status}}).',
  },
  convert: {
    open: 'Открыть черновик статьи →',
    button: 'Создать черновик статьи',
    busy: 'Создаётся…',
    acceptFirst: 'Чтобы создать черновик, примите статью и сохраните.',
    failed: 'Не удалось создать черновик ({{status}}).',
    notAccepted: 'Черновик можно создать только из принятой статьи: сначала примите её.',
    alreadyConverted: 'У этой статьи уже есть черновик.',
    unreadable:
      'Рукопись не удаётся прочитать или преобразовать. Скачайте её и вставьте текст в новую статью.',
  },
  manuscript: {
    heading: 'Рукопись',
    loading: 'Читаем рукопись…',
    words: {
      one: '{{count}} слово',
      few: '{{count}} слова',
      many: '{{count}} слов',
      other: '{{count}} слова',
    } satisfies Plural,
    within: '{{words}} — в пределах требуемых {{min}}–{{max}}.',
    short: '{{words}} — меньше требуемых {{min}}–{{max}}.',
    long: '{{words}} — больше требуемых {{min}}–{{max}}.',
    uncounted: 'Не подсчитано (файлы PDF и DOC не считаются) — требуется {{min}}–{{max}} слов.',
    guidelines: 'Требования',
    doc: 'Файл DOC здесь не показать: скачайте его, чтобы прочитать.',
    unreadable: 'Рукопись здесь не прочитать: скачайте её, чтобы открыть.',
    download: 'Скачать {{filename}}',
    pdf: 'Рукопись (PDF)',
    failed: 'Не удалось загрузить рукопись ({{status}}).',
  },
  decision: {
    heading: 'Письмо о решении',
    onSave: 'Сохранение никому не пишет: посмотрите письмо, затем отправьте его.',
    chooseFirst: 'Сначала выберите статус Accepted или Declined.',
    alreadySent: 'Письмо о решении этому автору уже отправлено.',
    preview: 'Посмотреть письмо',
    previewing: 'Составляем…',
    to: 'Кому',
    subject: 'Тема',
    body: 'Текст',
    editHint:
      'При необходимости измените его для этого автора; шаблон в настройках сайта не меняется.',
    send: 'Отправить письмо',
    sending: 'Отправляем…',
    cancel: 'Отмена',
    sent: 'Отправлено {{to}} {{date}}.',
    empty: 'Напишите тему и текст письма.',
    tooLong: 'Не больше {{max}} символов.',
    mailFailed: 'Почтовый сервер не принял письмо. Ничего не сохранено: попробуйте позже.',
    failed: 'Не отправлено ({{status}}).',
  },
  newsletter: {
    testArticle: 'Прислать мне тестовое письмо рассылки этой статьи',
    testDigest: 'Прислать мне тест следующего еженедельного дайджеста',
    sending: 'Отправка…',
    notSent: 'Не отправлено ({{status}}).',
    sent: 'Тестовое письмо отправлено на {{email}}.',
    emptyDigest: 'С прошлого дайджеста ничего не опубликовано: он был бы пустым.',
  },
  subscribers: {
    region: 'Подписчики',
    total: { one: 'подписчик', few: 'подписчика', many: 'подписчиков', other: 'подписчика' },
    everything: 'на всё: {{count}}',
    weekly: 'еженедельно: {{count}}',
    export: 'Выгрузить в CSV',
    perTopicAndAuthor: 'Подписчики по темам и авторам',
  },
  invite: {
    heading: 'Пригласить сотрудника',
    name: 'Имя',
    email: 'Эл. почта',
    role: 'Роль',
    language: 'Язык',
    roles: { admin: 'Администратор', editor: 'Редактор', intern: 'Стажёр' },
    button: 'Отправить приглашение',
    busy: 'Отправка…',
    explain: 'Придёт письмо со ссылкой, чтобы выбрать свой пароль; ссылка действует 48 часов.',
    sent: 'Приглашение отправлено на {{email}}.',
    failed: 'Приглашение не отправлено ({{status}}).',
  },
  fields: {
    publishedAt: {
      label: 'Дата публикации',
      description:
        'Показывается в статье. Если дату не выбрать, она ставится при первой публикации; чтобы опубликовать позже, выберите «Планирование публикации» в меню кнопки «Опубликовать изменения».',
    },
    publishedBy: { label: 'Кто опубликовал', description: 'Кто первым опубликовал статью.' },
    reviewState: {
      label: 'Статус проверки',
      none: 'Не отправлено',
      inReview: 'На проверке',
      changesRequested: 'Запрошены правки',
    },
    savedBy: 'Последним сохранил',
    reviewRequestedAt: 'Отправлено на проверку',
    reviewRequestedBy: 'Отправитель',
    reviewNote: {
      label: 'Сообщение авторам',
      description: 'Что изменить. Уходит всем соавторам по кнопке «Запросить правки».',
    },
    leaveOutOfMailings: {
      label: 'Не включать в рассылки',
      description:
        'При публикации не рассылается подписчикам и не попадает в еженедельный дайджест.',
    },
    userLanguage: {
      label: 'Язык админ-панели и писем',
      description:
        'Выбирается здесь при создании учётной записи. Потом её владелец меняет его переключателем языка на странице своей учётной записи, и это поле следует за ним.',
    },
    commentLanguage: {
      label: 'Язык страницы',
      description:
        'Где читатель оставил комментарий: уведомление об ответе приходит на этом языке.',
    },
    staffAuthor: {
      label: 'Ответ команды написал',
      description:
        'Заполняется, когда модератор отвечает от имени команды; на сайте виден значок команды.',
    },
    guestAuthor: {
      label: 'Приглашённый автор',
      description:
        'Внешний автор: не показывается на сайте, пока не опубликована его статья, и представлен своей организацией.',
    },
    hasPublishedArticle: { label: 'Есть опубликованная статья' },
  },
}

/** What payload.config.ts gives as `i18n.translations`. */
export const adminTranslations = {
  en: { cms: en },
  az: { cms: az },
  ru: { cms: ru },
}

/** The shape and the keys of our translations, for Payload's typed `t`. */
export type AdminTranslations = { cms: AdminMessages }
export type AdminKey = NestedKeysStripped<AdminTranslations>

/**
 * Payload's `t` (i18n.t, req.t) typed with our keys. Payload types it with its own keys only; the
 * custom ones are merged in at run time (payload.config.ts).
 */
export const adminT = (t: TFunction<never>) => t as TFunction<AdminKey>

/** The form of a count-dependent phrase (`Plural`) for a count, in the admin's language. */
export function pluralForm(language: string, count: number): keyof Plural {
  const rule = new Intl.PluralRules(language).select(count)
  return rule === 'one' || rule === 'few' || rule === 'many' ? rule : 'other'
}

/** A field's label, description or option in every language (Payload picks the admin's). */
export const inEveryLanguage = (
  pick: (messages: AdminMessages) => string,
): Record<Locale, string> => ({ en: pick(en), az: pick(az), ru: pick(ru) })

const MESSAGES: Record<Locale, AdminMessages> = { en, az, ru }

/**
 * A collection's names, singular and plural, in the admin's language. Functions, not an object
 * per language as fields have: Payload turns label functions into text before the configuration
 * reaches the browser, and some of its client parts (the "Add new …" button of relationship
 * fields) print a label object as "[object Object]".
 */
export const collectionLabels = (collection: keyof AdminMessages['collections']) => {
  const inAdminLanguage =
    (form: 'singular' | 'plural') =>
    ({ i18n }: { i18n: { language: string } }) =>
      collectionName(collection, form, i18n.language)
  return { singular: inAdminLanguage('singular'), plural: inAdminLanguage('plural') }
}

/** A collection's name in an admin language (English for one we do not have). */
export const collectionName = (
  collection: keyof AdminMessages['collections'],
  form: 'singular' | 'plural',
  language: string,
): string => (MESSAGES[language as Locale] ?? en).collections[collection][form]
