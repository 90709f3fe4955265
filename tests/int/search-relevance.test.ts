/**
 * The search relevance set: what readers type, in English, Russian and Azerbaijani, over a fixed
 * corpus (tests/fixtures/search-corpus.ts), each query with the results it must show first or the
 * exact set it must find. Plurals and inflections, letters typed without their marks, prefixes,
 * phrases, author names, title against body, recency between equal matches, the filters and the
 * date sort, the English fallback, drafts, people and topics. How the index is kept in step is
 * search.test.ts.
 *
 * Expectations name articles by their corpus key; the test compares the titles shown in the page's
 * language (a translation, else the English title). Each case's `why` says what decides it.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Locale } from '@/i18n/config'
import { searchSite, type SearchRequest } from '@/lib/search'
import type { Article } from '@/payload-types'

import {
  AUTHORS,
  createSearchCorpus,
  titleIn,
  TOPICS,
  type ArticleKey,
  type AuthorKey,
  type SearchCorpus,
  type TopicKey,
} from '../fixtures/search-corpus'
import { startTestApp, type TestApp } from '../helpers/testApp'

let app: TestApp
let payload: Payload
let corpus: SearchCorpus

beforeAll(async () => {
  app = await startTestApp()
  payload = app.payload
  corpus = await createSearchCorpus(payload)
}, 300_000)
afterAll(() => app?.close())

type Case = {
  /** What decides the outcome, in a line. */
  why: string
  locale: Locale
  q: string
  /** Topic and author by corpus key (their slugs are known once created). */
  filters?: { kind?: Article['kind']; topic?: TopicKey; author?: AuthorKey; year?: number }
  sort?: 'date'
  /** The results begin with these, in this order; an inner list is a tier whose order is free. */
  first?: (ArticleKey | ArticleKey[])[]
  /** Exactly these results, in any order. */
  only?: ArticleKey[]
  /** No article at all. */
  none?: true
  /** The authors shown above the articles, by name, in order. */
  people?: string[]
  /** The topics shown above the articles, by name in the page's language, in order. */
  topics?: string[]
}

const person = (key: AuthorKey) => AUTHORS[key].name
const topic = (key: TopicKey, locale: Locale) => TOPICS[key][locale].name

const CASES: Case[] = [
  // English: stemming
  {
    why: '"sanction" meets "Sanctions" in two titles, then "sanctioned" in a body',
    locale: 'en',
    q: 'sanction',
    first: [['oilSanctions', 'banksSanctions'], 'wheatTrade'],
    only: ['oilSanctions', 'banksSanctions', 'wheatTrade'],
  },
  {
    why: '"negotiating" meets "Negotiations" in a title before "negotiated" in a body',
    locale: 'en',
    q: 'negotiating',
    first: ['peaceTalks', 'middleCorridor'],
    only: ['peaceTalks', 'middleCorridor'],
  },
  {
    why: '"pipelines" meets "Pipeline" in a title before "pipelines" in a standfirst',
    locale: 'en',
    q: 'pipelines',
    first: ['pipeline', 'gasEurope'],
    only: ['pipeline', 'gasEurope'],
  },

  // English: where the word is
  {
    why: 'title beats body: "Corridor" in one title, "corridor" in another body; the topic too',
    locale: 'en',
    q: 'corridor',
    first: ['middleCorridor', 'railKars'],
    only: ['middleCorridor', 'railKars'],
    topics: [topic('corridors', 'en')],
  },
  {
    why: 'standfirst beats body: "tariffs" in one standfirst, "Tariffs" in another body',
    locale: 'en',
    q: 'tariff',
    first: ['railKars', 'middleCorridor'],
    only: ['railKars', 'middleCorridor'],
  },
  {
    why: 'title and standfirst beat one mention in a body',
    locale: 'en',
    q: 'wind',
    first: ['wind', 'energyBalance'],
    only: ['wind', 'energyBalance'],
  },
  {
    why: 'recency breaks a tie: "outlook" once in two titles, every field of the same length',
    locale: 'en',
    q: 'outlook',
    first: ['outlookAutumn', 'outlookSpring'],
    only: ['outlookAutumn', 'outlookSpring'],
  },

  // Phrases
  {
    why: 'the phrase is in one article; the other has "sanctions" and "secondary" apart',
    locale: 'en',
    q: '"secondary sanctions"',
    only: ['banksSanctions'],
  },
  {
    why: 'without quotes both words anywhere do; the article with them together first',
    locale: 'en',
    q: 'secondary sanctions',
    first: ['banksSanctions', 'oilSanctions'],
    only: ['banksSanctions', 'oilSanctions'],
  },
  {
    why: 'a phrase is stemmed word by word: "secondary sanction" matches "secondary sanctions"',
    locale: 'en',
    q: '“secondary sanction”',
    only: ['banksSanctions'],
  },
  {
    why: 'a Russian phrase in a title; the other text has "средний" and "коридор" apart',
    locale: 'ru',
    q: '"средний коридор"',
    only: ['middleCorridor'],
  },
  {
    why: 'the same Russian words without quotes: both, the phrase in a title first',
    locale: 'ru',
    q: 'средний коридор',
    first: ['middleCorridor', 'railKars'],
    only: ['middleCorridor', 'railKars'],
  },

  // Every word required
  {
    why: 'both words: only the article with "Corridor" and "ferry"',
    locale: 'en',
    q: 'corridor ferry',
    only: ['middleCorridor'],
  },
  {
    why: '"Caspian" is in ten articles, "tourism" in none: nothing',
    locale: 'en',
    q: 'Caspian tourism',
    none: true,
  },
  {
    why: '"санкции" is in two Russian texts, "туризм" in none: nothing',
    locale: 'ru',
    q: 'санкции туризм',
    none: true,
  },
  {
    why: '"Azerbaijan" and "gas" are both only in the gas exports article',
    locale: 'en',
    q: 'Azerbaijan gas',
    only: ['gasEurope'],
  },
  // Fails today: words() makes the apostrophe's "s" a word of its own, and every word is required.
  {
    why: 'a possessive typed is the same search: the "s" after the apostrophe is not a word',
    locale: 'en',
    q: 'Azerbaijan’s gas',
    only: ['gasEurope'],
  },

  // Author names
  {
    why: 'bylines beat a body mention ("As Günay Şükürova has argued"); she is among the people',
    locale: 'en',
    q: 'Şükürova',
    first: [['middleCorridor', 'roundtable', 'alat'], 'wheatTrade'],
    only: ['middleCorridor', 'roundtable', 'alat', 'wheatTrade'],
    people: [person('sukurova')],
  },
  {
    why: 'the name typed without its letters (ş, ü) finds the same',
    locale: 'en',
    q: 'Sukurova',
    first: [['middleCorridor', 'roundtable', 'alat'], 'wheatTrade'],
    only: ['middleCorridor', 'roundtable', 'alat', 'wheatTrade'],
    people: [person('sukurova')],
  },
  {
    why: 'his four bylines, two of them shared; nobody else mentions him',
    locale: 'en',
    q: 'Məmmədov',
    only: ['oilSanctions', 'pipeline', 'roundtable', 'wind'],
    people: [person('memmedov')],
  },
  {
    why: 'ə typed as e on the Azerbaijani site: his articles, in Azerbaijani where translated',
    locale: 'az',
    q: 'Memmedov',
    only: ['oilSanctions', 'pipeline', 'roundtable', 'wind'],
    people: [person('memmedov')],
  },
  {
    why: 'Əsgərov typed as Esgerov: his one byline, and him',
    locale: 'en',
    q: 'Esgerov',
    only: ['zangezur'],
    people: [person('esgerov')],
  },
  // Fails today: words() splits before fold(), at the dot that "İ".toLowerCase() leaves (U+0307).
  {
    why: 'İlkin typed as Ilkin, as readers without the Azerbaijani keyboard do: his byline, him',
    locale: 'en',
    q: 'Ilkin',
    only: ['zangezur'],
    people: [person('esgerov')],
  },
  {
    why: 'a word only in an author headline: that author, and no article',
    locale: 'en',
    q: 'economist',
    none: true,
    people: [person('quliyev')],
  },

  // Russian: inflections
  {
    why: '"санкции" meets "санкциями" and "санкций" in the two Russian titles',
    locale: 'ru',
    q: 'санкции',
    only: ['oilSanctions', 'banksSanctions'],
  },
  {
    why: 'the singular "санкция" meets them too',
    locale: 'ru',
    q: 'санкция',
    only: ['oilSanctions', 'banksSanctions'],
  },
  {
    why: '"переговоры" meets "переговорах" and "переговоров"',
    locale: 'ru',
    q: 'переговоры',
    only: ['peaceTalks'],
  },
  {
    why: 'a topic found by its Russian name ("безопасность"); no article has the word',
    locale: 'ru',
    q: 'безопасность',
    none: true,
    topics: [topic('security', 'ru')],
  },

  // Azerbaijani: letters and endings
  {
    why: '"Azərbaycan" finds "Azərbaycanın" in a title first, then "Azərbaycan" in two bodies',
    locale: 'az',
    q: 'Azərbaycan',
    first: ['gasEurope'],
    only: ['gasEurope', 'middleCorridor', 'peaceTalks'],
  },
  {
    why: 'the same typed without ə',
    locale: 'az',
    q: 'Azerbaycan',
    first: ['gasEurope'],
    only: ['gasEurope', 'middleCorridor', 'peaceTalks'],
  },
  {
    why: 'a prefix: "sanksiya" finds "sanksiyaların", "sanksiyalar"; and the topic "Sanksiyalar"',
    locale: 'az',
    q: 'sanksiya',
    only: ['oilSanctions', 'banksSanctions'],
    topics: [topic('sanctions', 'az')],
  },
  {
    why: 'the plural genitive typed is cut back to "sanksiya": the same two',
    locale: 'az',
    q: 'sanksiyaların',
    only: ['oilSanctions', 'banksSanctions'],
  },
  {
    why: '"Xezer" (ə as e) finds "Xəzər" in a title first, then "Xəzərin" in a body',
    locale: 'az',
    q: 'Xezer',
    first: ['oilSanctions', 'wind'],
    only: ['oilSanctions', 'wind'],
  },
  {
    why: '"Abseron" typed without ş finds "Abşeron"',
    locale: 'az',
    q: 'Abseron',
    only: ['wind'],
  },
  // Fails today, as 'Ilkin': "İrəvan" is indexed as "i" and "revan".
  {
    why: '"Irevan" typed without the dot of İ finds "İrəvan" in a title',
    locale: 'az',
    q: 'Irevan',
    only: ['peaceTalks'],
  },

  // The English fallback
  {
    why: 'English words on the Russian site: the English text, untranslated titles shown in English',
    locale: 'ru',
    q: 'pipeline',
    first: ['pipeline', 'gasEurope'],
    only: ['pipeline', 'gasEurope'],
  },
  {
    why: 'a Latin name on the Russian site ("Kars", the text says "Карс"): shown in Russian',
    locale: 'ru',
    q: 'Kars',
    only: ['railKars'],
  },
  {
    why: 'English on the Azerbaijani site: translated articles listed once, under their own titles',
    locale: 'az',
    q: 'sanctions',
    first: [['oilSanctions', 'banksSanctions'], 'wheatTrade'],
    only: ['oilSanctions', 'banksSanctions', 'wheatTrade'],
  },

  // Filters and sort
  {
    why: 'kind: the three reports that mention the Caspian',
    locale: 'en',
    q: 'Caspian',
    filters: { kind: 'report' },
    only: ['middleCorridor', 'energyBalance', 'alat'],
  },
  {
    why: 'topic: the two "Regional Security" articles that mention the Caspian',
    locale: 'en',
    q: 'Caspian',
    filters: { topic: 'security' },
    only: ['bookBorderlands', 'navy'],
  },
  {
    why: 'author: the three articles by Əli Məmmədov that mention the Caspian',
    locale: 'en',
    q: 'Caspian',
    filters: { author: 'memmedov' },
    only: ['oilSanctions', 'pipeline', 'roundtable'],
  },
  {
    why: 'year: the three 2022 articles that mention the Caspian',
    locale: 'en',
    q: 'Caspian',
    filters: { year: 2022 },
    only: ['ferry', 'navy', 'alat'],
  },
  {
    why: 'kind and year together: the 2021 book review about Baku, not the 2024 one',
    locale: 'en',
    q: 'Baku',
    filters: { kind: 'book-review', year: 2021 },
    only: ['bookBaku'],
  },
  {
    why: 'an author who wrote nothing on sanctions: nothing',
    locale: 'en',
    q: 'sanctions',
    filters: { author: 'beridze' },
    none: true,
  },
  {
    why: 'sort by date: newest first, the body mention before an older title match',
    locale: 'en',
    q: 'sanctions',
    sort: 'date',
    first: ['banksSanctions', 'wheatTrade', 'oilSanctions'],
    only: ['banksSanctions', 'wheatTrade', 'oilSanctions'],
    topics: [topic('sanctions', 'en')],
  },

  // Drafts
  {
    why: 'a draft never published: its words find nothing',
    locale: 'en',
    q: 'Lankaran',
    none: true,
  },
  {
    why: 'nor from another language, through the English fallback',
    locale: 'ru',
    q: 'Lankaran tea',
    none: true,
  },
  {
    why: 'a draft saved over a live article: its new words find nothing',
    locale: 'en',
    q: 'Aktau',
    none: true,
  },
  {
    why: 'the live article, under its live title ("Ferry", "ferries"), before a body mention',
    locale: 'en',
    q: 'ferry',
    first: ['ferry', 'middleCorridor'],
    only: ['ferry', 'middleCorridor'],
  },
  // Spellings and forms readers type
  {
    why: 'Məmmədov in its passport and English-press spelling (ə as a): his articles',
    locale: 'en',
    q: 'Mammadov',
    only: ['oilSanctions', 'pipeline', 'roundtable', 'wind'],
    people: [person('memmedov')],
  },
  {
    why: 'the singular genitive typed ("Azərbaycanın") also finds "Azərbaycan"',
    locale: 'az',
    q: 'Azərbaycanın',
    only: ['gasEurope', 'middleCorridor', 'peaceTalks'],
  },
  {
    why: 'k becomes y before a vowel: "təhlükəsizlik" finds "təhlükəsizliyi"',
    locale: 'az',
    q: 'təhlükəsizlik',
    only: ['tbilisi'],
    topics: [topic('security', 'az')],
  },
  {
    why: '"Азербайджан" finds "в Азербайджане" (Snowball: азербайджа / азербайджан) and "азербайджанские"',
    locale: 'ru',
    q: 'Азербайджан',
    only: ['peaceTalks', 'middleCorridor', 'oilSanctions'],
  },
]

/**
 * What a reader would expect but the analyzer does not promise today, left to decide: run with
 * `it.fails`, each passes while the search misses it and fails once it finds (then move it to CASES).
 */

const sorted = (list: string[]) => [...list].sort((a, b) => a.localeCompare(b))

async function check(test: Case) {
  const { locale, filters = {} } = test
  const request: SearchRequest = {
    q: test.q,
    filters: {
      kind: filters.kind,
      year: filters.year,
      topic: filters.topic && corpus.topics[filters.topic].slug,
      author: filters.author && corpus.authors[filters.author].slug,
    },
    sort: test.sort ?? 'relevance',
    page: 1,
  }
  const found = await searchSite(locale, request)
  expect(found, 'the query has words').not.toBeNull()
  const titles = found!.results.map((result) => String(result.article.title))
  const title = (key: ArticleKey) => titleIn(key, locale)

  if (test.first) {
    const tiers = test.first.map((tier) => (Array.isArray(tier) ? tier : [tier]))
    let start = 0
    const shown = tiers.map((tier) => sorted(titles.slice(start, (start += tier.length))))
    const wanted = tiers.map((tier) => sorted(tier.map(title)))
    expect(shown, `the first results (all: ${JSON.stringify(titles)})`).toEqual(wanted)
  }
  if (test.only) {
    expect(sorted(titles), 'the results').toEqual(sorted(test.only.map(title)))
    expect(found!.total).toBe(test.only.length)
  }
  if (test.none) {
    expect(titles, 'the results').toEqual([])
    expect(found!.total).toBe(0)
  }
  const names = (list: { name: string }[]) => list.map((item) => item.name)
  if (test.people) expect(names(found!.people), 'people').toEqual(test.people)
  if (test.topics) expect(names(found!.topics), 'topics').toEqual(test.topics)
}

describe('search relevance', () => {
  it.each(CASES)('$locale: $q ($why)', check)
})
