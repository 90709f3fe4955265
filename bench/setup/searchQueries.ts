/**
 * The searches the benchmark sends (bench/run.ts, "Search"): a fixed list of what readers of the
 * site would type, over the vocabulary of the synthetic corpus (bench/setup/corpus.ts builds every
 * article from the paragraphs of the four demo articles, src/seed/content/articles/, so a word's
 * share of the corpus is roughly its share of those 63 paragraphs).
 *
 * Mixed on purpose: common words (in most articles: "security", "russia", "south caucasus"),
 * rarer ones (in one paragraph: "sarajevo", "nakhchivan", "abkhazia"), two and three words (every
 * word required), "quoted phrases", author names (the index's names column), words that find
 * nothing, filters (`kind`, `year`, `topic`, `author`), `sort=date`, `page=2`, and two searches
 * from the Azerbaijani and Russian pages (their own language, then English). The list is fixed;
 * only the years are counted back from the run's date, so that a year filter finds articles
 * whenever the bench runs (synthetic articles are dated 31 days back and older, one a day).
 */

/** Paths on the site (`/search?…`), in the order the bench sends them; URL-encoded. */
export function searchQueries(now = new Date()): string[] {
  const year = now.getUTCFullYear()
  const searches: [string, Record<string, string>?][] = [
    // One common word.
    ['security'],
    ['russia'],
    ['corridor'],
    ['peace'],
    ['sanctions'],
    ['connectivity'],
    ['infrastructure'],
    ['energy'],
    // One rarer word (a paragraph or two of the demo texts).
    ['sarajevo'],
    ['nakhchivan'],
    ['abkhazia'],
    ['kazakhstan'],
    ['diaspora'],
    ['ceasefire'],
    ['peacekeepers'],
    ['ferry'],
    ['telecommunications'],
    ['halvorsen'],
    // Two words, all required.
    ['security corridor'],
    ['regional security'],
    ['russia sanctions'],
    ['armenia azerbaijan'],
    ['china infrastructure'],
    ['european union'],
    ['border delimitation'],
    ['transport routes'],
    ['lebanon syria'],
    ['caspian ports'],
    ['georgia anaklia'],
    ['monitoring mission'],
    // Three words.
    ['peace treaty ratification'],
    ['russia armenia military'],
    ['china united states'],
    ['energy security europe'],
    ['transit trade sanctions'],
    ['great power rivalry'],
    // "Quoted phrases" (the words one after another), alone and with a word.
    ['"middle corridor"'],
    ['"south caucasus"'],
    ['"peace process"'],
    ['"collective security treaty organization"'],
    ['"crossroads of peace"'],
    ['"belt and road" china'],
    ['"power-sharing" bosnia'],
    // Authors' names (every synthetic article has co-authors).
    ['mammadov'],
    ['arzu bunyad'],
    // Nothing to find.
    ['hydrogen'],
    ['securty corrdor'],
    // Filters.
    ['security', { kind: 'analysis' }],
    ['russia', { kind: 'commentary' }],
    ['corridor', { kind: 'research-note' }],
    ['settlement', { kind: 'book-review' }],
    ['peace', { kind: 'roundtable' }],
    ['energy', { kind: 'report' }],
    ['security', { year: String(year) }],
    ['sanctions', { year: String(year - 1) }],
    ['connectivity', { year: String(year - 10) }],
    ['corridor', { topic: 'energy-and-connectivity' }],
    ['moscow', { topic: 'russia' }],
    ['china', { author: 'elnur-mammadov' }],
    ['security', { kind: 'analysis', year: String(year - 1) }],
    // Newest first, and the second page.
    ['security', { sort: 'date' }],
    ['"middle corridor"', { sort: 'date' }],
    ['armenia azerbaijan', { sort: 'date', kind: 'analysis' }],
    ['security', { page: '2' }],
    ['russia', { page: '2' }],
    ['corridor', { sort: 'date', page: '2' }],
  ]
  const paths = searches.map(([q, params = {}]) => {
    const query = new URLSearchParams({ q, ...params })
    return `/search?${query.toString().replace(/\+/g, '%20')}`
  })
  // Readers of the other languages: their page's language, then English (every article's fallback).
  paths.push('/az/search?q=corridor', '/ru/search?q=sanctions%20russia')
  return paths
}
