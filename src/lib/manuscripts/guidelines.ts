import type { PayloadRequest } from 'payload'

import { DEFAULT_LOCALE, isLocale, type Locale } from '@/i18n/config'
import type { SiteSetting } from '@/payload-types'

/** What a manuscript should meet: its length in words and a short reminder of the other rules. */
export type ManuscriptGuidelines = { minWords: number; maxWords: number; summary: string }

/** The other rules as shipped, in each language (Site settings starts from the English one). */
const DEFAULT_SUMMARIES: Record<Locale, string> = {
  en: 'Analytical articles, research notes, book reviews, commentaries and roundtables, as a Word file, with contact details, a one-paragraph bio and Chicago author-date citations.',
  az: 'Analitik məqalələr, tədqiqat qeydləri, kitab icmalları, şərhlər və dəyirmi masalar; Word faylı, əlaqə məlumatları, bir abzaslıq tərcümeyi-hal və Chicago author-date istinadları ilə.',
  ru: 'Аналитические статьи, исследовательские заметки, рецензии, комментарии и круглые столы; файлом Word, с контактами, биографией в один абзац и ссылками в стиле Chicago author-date.',
}

/** The rules as the think tank states them; Site settings starts from these. */
export const DEFAULT_GUIDELINES: ManuscriptGuidelines = {
  minWords: 1000,
  maxWords: 2000,
  summary: DEFAULT_SUMMARIES.en,
}

/** Where a manuscript's length stands against the guidelines; PDF and DOC files are not counted. */
export type LengthVerdict = 'short' | 'within' | 'long' | 'uncounted'

export function lengthVerdict(
  words: number | null | undefined,
  { minWords, maxWords }: Pick<ManuscriptGuidelines, 'minWords' | 'maxWords'>,
): LengthVerdict {
  if (typeof words !== 'number') return 'uncounted'
  if (words < minWords) return 'short'
  return words > maxWords ? 'long' : 'within'
}

/**
 * The guidelines as stored in Site settings, each part falling back to the shipped one. The
 * database gives every language the English text as its default, so in Azerbaijani or Russian a
 * text still equal to it is one nobody wrote: the shipped translation stands in.
 */
export function guidelinesOf(
  stored: SiteSetting['manuscriptGuidelines'] | null | undefined,
  language: unknown,
): ManuscriptGuidelines {
  const locale = isLocale(language) ? language : DEFAULT_LOCALE
  const written = stored?.summary?.trim()
  return {
    minWords: stored?.minWords ?? DEFAULT_GUIDELINES.minWords,
    maxWords: stored?.maxWords ?? DEFAULT_GUIDELINES.maxWords,
    summary:
      written && !(locale !== DEFAULT_LOCALE && written === DEFAULT_SUMMARIES.en)
        ? written
        : DEFAULT_SUMMARIES[locale],
  }
}

/** The guidelines an editor reads a submission against, in the admin's content language. */
export async function loadGuidelines(req: PayloadRequest): Promise<ManuscriptGuidelines> {
  const settings = await req.payload.findGlobal({
    slug: 'site-settings',
    depth: 0,
    locale: req.locale ?? undefined,
    overrideAccess: false,
    req,
  })
  return guidelinesOf(settings.manuscriptGuidelines, req.locale)
}
