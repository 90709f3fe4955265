/** Choices shared by several collections, so labels stay the same everywhere. */

export const ARTICLE_KINDS = [
  { label: 'Analysis', value: 'analysis' },
  { label: 'Commentary', value: 'commentary' },
  { label: 'Research note', value: 'research-note' },
  { label: 'Book review', value: 'book-review' },
  { label: 'Roundtable', value: 'roundtable' },
  { label: 'Report', value: 'report' },
]

export const SUBMISSION_LANGUAGES = [
  { label: 'English', value: 'en' },
  { label: 'Azerbaijani', value: 'az' },
  { label: 'Russian', value: 'ru' },
  { label: 'Turkish', value: 'tr' },
  { label: 'Other', value: 'other' },
]
