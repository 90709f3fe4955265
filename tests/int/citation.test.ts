import { describe, expect, it } from 'vitest'

import {
  bibtex,
  chicagoInText,
  chicagoReference,
  type CitationInput,
  splitName,
} from '@/lib/citation'

const URL = 'https://example.org/articles/after-karabakh'

const NAMES = [
  'Arzu Bunyad',
  'Ziya Kazimzada',
  'Elnur Mammadov',
  'Leyla Aliyeva',
  'Rauf Hasanov',
  'Nigar Karimova',
  'Tural Guliyev',
  'Aysel Huseynova',
  'Kamran Ismayilov',
  'Sevinj Rahimova',
  'Orkhan Jafarov',
]

function article(authorCount: number, overrides: Partial<CitationInput> = {}): CitationInput {
  return {
    title: 'After Karabakh: The Shifting Security Architecture',
    authors: NAMES.slice(0, authorCount).map((name) => ({ name })),
    publishedAt: '2026-11-21',
    publisher: 'Caspian Policy Lab',
    url: URL,
    ...overrides,
  }
}

const TITLE = '“After Karabakh: The Shifting Security Architecture.”'
const TAIL = `2026. ${TITLE} Caspian Policy Lab, November 21, 2026. ${URL}.`

describe('splitName', () => {
  it('takes the last word as the family name', () => {
    expect(splitName('Arzu Bunyad')).toEqual({ given: 'Arzu', family: 'Bunyad' })
    expect(splitName('Mary Ann Smith')).toEqual({ given: 'Mary Ann', family: 'Smith' })
  })

  it('treats a one-word name as a family name', () => {
    expect(splitName('Plato')).toEqual({ given: '', family: 'Plato' })
  })

  it('trims and collapses whitespace', () => {
    expect(splitName('  Mary \t Ann\n  Smith ')).toEqual({ given: 'Mary Ann', family: 'Smith' })
    expect(splitName('   ')).toEqual({ given: '', family: '' })
  })
})

describe('chicagoReference', () => {
  it('inverts a single author', () => {
    expect(chicagoReference(article(1))).toBe(`Bunyad, Arzu. ${TAIL}`)
  })

  it('puts a comma before "and" with two authors', () => {
    expect(chicagoReference(article(2))).toBe(`Bunyad, Arzu, and Ziya Kazimzada. ${TAIL}`)
  })

  it('uses the serial comma with three authors', () => {
    expect(chicagoReference(article(3))).toBe(
      `Bunyad, Arzu, Ziya Kazimzada, and Elnur Mammadov. ${TAIL}`,
    )
  })

  it('lists all of four authors', () => {
    expect(chicagoReference(article(4))).toBe(
      `Bunyad, Arzu, Ziya Kazimzada, Elnur Mammadov, and Leyla Aliyeva. ${TAIL}`,
    )
  })

  it('lists all of ten authors', () => {
    expect(chicagoReference(article(10))).toMatch(
      /, Kamran Ismayilov, and Sevinj Rahimova\. 2026\. “/,
    )
  })

  it('lists the first seven of more than ten authors, then "et al."', () => {
    expect(chicagoReference(article(11))).toBe(
      'Bunyad, Arzu, Ziya Kazimzada, Elnur Mammadov, Leyla Aliyeva, Rauf Hasanov, Nigar Karimova, Tural Guliyev, ' +
        `et al. ${TAIL}`,
    )
  })

  it('keeps a title’s own question mark instead of adding a period', () => {
    expect(chicagoReference(article(1, { title: 'Who Guards the Corridor?' }))).toBe(
      `Bunyad, Arzu. 2026. “Who Guards the Corridor?” Caspian Policy Lab, November 21, 2026. ${URL}.`,
    )
  })

  it('prints a one-word name without a dangling comma', () => {
    expect(chicagoReference(article(1, { authors: [{ name: 'Plato' }] }))).toBe(`Plato. ${TAIL}`)
    expect(
      chicagoReference(article(1, { authors: [{ name: 'Plato' }, { name: 'Arzu Bunyad' }] })),
    ).toBe(`Plato and Arzu Bunyad. ${TAIL}`)
  })

  it('inverts a three-word name on the last word', () => {
    expect(
      chicagoReference(
        article(1, { authors: [{ name: 'Mary Ann Smith' }, { name: 'Arzu Bunyad' }] }),
      ),
    ).toBe(`Smith, Mary Ann, and Arzu Bunyad. ${TAIL}`)
  })

  it('does not double the period after an initial', () => {
    expect(chicagoReference(article(1, { authors: [{ name: 'John Q.' }] }))).toBe(
      `Q., John. ${TAIL}`,
    )
  })

  it('trims and collapses whitespace in names and titles', () => {
    const messy = article(1, {
      authors: [{ name: '  Arzu   Bunyad ' }],
      title: '  After Karabakh:\n  The Shifting   Security Architecture ',
    })
    expect(chicagoReference(messy)).toBe(`Bunyad, Arzu. ${TAIL}`)
  })

  it('turns double quotes inside the title into single quotes', () => {
    expect(chicagoReference(article(1, { title: 'The "Middle Corridor" Revisited' }))).toContain(
      '“The ‘Middle Corridor’ Revisited.”',
    )
  })

  it('falls back to the publisher as author when no author has a name', () => {
    expect(chicagoReference(article(1, { authors: [{ name: ' ' }] }))).toBe(
      `Caspian Policy Lab. ${TAIL}`,
    )
  })
})

describe('chicagoInText', () => {
  it('names one, two or three authors', () => {
    expect(chicagoInText(article(1))).toBe('(Bunyad 2026)')
    expect(chicagoInText(article(2))).toBe('(Bunyad and Kazimzada 2026)')
    expect(chicagoInText(article(3))).toBe('(Bunyad, Kazimzada, and Mammadov 2026)')
  })

  it('uses "et al." from four authors on', () => {
    expect(chicagoInText(article(4))).toBe('(Bunyad et al. 2026)')
    expect(chicagoInText(article(11))).toBe('(Bunyad et al. 2026)')
  })

  it('uses the whole of a one-word name and the last word of a three-word name', () => {
    expect(chicagoInText(article(1, { authors: [{ name: 'Plato' }] }))).toBe('(Plato 2026)')
    expect(chicagoInText(article(1, { authors: [{ name: 'Mary Ann Smith' }] }))).toBe(
      '(Smith 2026)',
    )
  })
})

describe('dates', () => {
  it('reads the publication date in UTC, whatever the machine’s time zone', () => {
    // 23:30 in Baku on New Year's Eve is still 19:30 UTC on December 31.
    const late = article(1, { publishedAt: '2026-12-31T23:30:00+04:00' })
    expect(chicagoReference(late)).toContain('Caspian Policy Lab, December 31, 2026.')
    expect(chicagoInText(late)).toBe('(Bunyad 2026)')

    // 21:30 in New York on New Year's Eve is already January 1 in UTC.
    const next = article(1, { publishedAt: new Date('2026-12-31T21:30:00-05:00') })
    expect(chicagoReference(next)).toBe(
      `Bunyad, Arzu. 2027. ${TITLE} Caspian Policy Lab, January 1, 2027. ${URL}.`,
    )
    expect(chicagoInText(next)).toBe('(Bunyad 2027)')
    expect(bibtex(next)).toContain('  year = {2027},\n  month = {jan},\n  date = {2027-01-01},')
  })

  it('rejects an invalid date', () => {
    expect(() => chicagoInText(article(1, { publishedAt: 'not a date' }))).toThrow(RangeError)
  })
})

describe('bibtex', () => {
  it('writes an @online entry for one author', () => {
    expect(bibtex(article(1))).toBe(
      [
        '@online{bunyad2026after,',
        '  author = {Bunyad, Arzu},',
        '  title = {{After Karabakh: The Shifting Security Architecture}},',
        '  organization = {Caspian Policy Lab},',
        '  year = {2026},',
        '  month = {nov},',
        '  date = {2026-11-21},',
        `  url = {${URL}}`,
        '}',
      ].join('\n'),
    )
  })

  it('writes an @online entry for three authors', () => {
    expect(bibtex(article(3, { title: 'The Middle Corridor After 2025' }))).toBe(
      [
        '@online{bunyad2026middle,',
        '  author = {Bunyad, Arzu and Kazimzada, Ziya and Mammadov, Elnur},',
        '  title = {{The Middle Corridor After 2025}},',
        '  organization = {Caspian Policy Lab},',
        '  year = {2026},',
        '  month = {nov},',
        '  date = {2026-11-21},',
        `  url = {${URL}}`,
        '}',
      ].join('\n'),
    )
  })

  it('escapes special characters in values', () => {
    const entry = bibtex(
      article(1, { title: 'Oil & Gas: 40% of Exports', publisher: 'R&D_Lab #1' }),
    )
    expect(entry).toContain('  title = {{Oil \\& Gas: 40\\% of Exports}},')
    expect(entry).toContain('  organization = {R\\&D\\_Lab \\#1},')
    expect(bibtex(article(1, { title: 'Costs in $ {approx} ~5^2 a\\b' }))).toContain(
      '  title = {{Costs in \\$ \\{approx\\} \\textasciitilde{}5\\textasciicircum{}2 a\\textbackslash{}b}},',
    )
  })

  it('leaves the verbatim url field unescaped except for braces and backslashes', () => {
    expect(bibtex(article(1, { url: 'https://example.org/a_b?x=1%20&y#top{}' }))).toContain(
      '  url = {https://example.org/a_b?x=1%20&y#top%7B%7D}',
    )
  })

  it('folds the key to ASCII and skips leading articles', () => {
    expect(
      bibtex(article(1, { authors: [{ name: 'Ziya Kazımzadə' }], title: 'The Şuşa Declaration' })),
    ).toMatch(/^@online\{kazimzade2026susa,\n  author = \{Kazımzadə, Ziya\},/)
    expect(
      bibtex(article(1, { authors: [{ name: 'Ильхам Гусейнов' }], title: 'A Новый курс' })),
    ).toMatch(/^@online\{guseynov2026novyy,/)
  })

  it('writes a one-word name without a comma', () => {
    expect(bibtex(article(1, { authors: [{ name: 'Plato' }], title: 'Republic' }))).toMatch(
      /^@online\{plato2026republic,\n {2}author = \{Plato\},/,
    )
  })

  it('adds urldate only when an access date is given', () => {
    expect(bibtex(article(1))).not.toContain('urldate')
    expect(bibtex(article(1, { accessedAt: '2027-02-03T10:00:00Z' }))).toMatch(
      / {2}url = \{.*\},\n {2}urldate = \{2027-02-03\}\n\}$/,
    )
  })
})
