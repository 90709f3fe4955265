import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'

import { asciiHtml, cacheableHtml } from '../../page-cache-handler.mjs'

/** A page as Next.js renders it: text, attributes, JSON-LD, a style and the inlined page data. */
const PAGE = `<!DOCTYPE html><html lang="az"><head><title>Təhlükəsizlik — “Cənubi Qafqaz” · Россия</title>
<style>.quote::before{content:"“"}</style>
<script type="application/ld+json">{"headline":"Qafqaz — təhlükəsizlik","author":"Ziya Kazımzadə"}</script></head>
<body><h1 title="Ölkə “sərhəd”">Россия и Южный Кавказ — 2026 😀</h1><a href="/az/topics/təhlükəsizlik">Mövzu</a>
<textarea name="body">Şərh…</textarea>
<script>self.__next_f.push([1,"1:T2a,Qafqaz — “təhlükəsizlik” 😀 Россия\\n"])</script></body></html>`

/** What a browser makes of the page: text, attributes and the values its scripts produce. */
function readAsBrowser(html: string) {
  const { document } = new JSDOM(html).window
  const pushed: unknown[] = []
  for (const script of document.querySelectorAll('script:not([type])')) {
    new Function('self', script.textContent ?? '')({
      __next_f: { push: (row: unknown) => pushed.push(row) },
    })
  }
  return {
    title: document.title,
    heading: document.querySelector('h1')?.textContent,
    headingTitle: document.querySelector('h1')?.getAttribute('title'),
    href: document.querySelector('a')?.getAttribute('href'),
    textarea: document.querySelector('textarea')?.value,
    jsonLd: JSON.parse(
      document.querySelector('script[type="application/ld+json"]')?.textContent ?? 'null',
    ),
    pushed,
  }
}

describe('the page cache keeps HTML in ASCII', () => {
  it('writes every character above U+007F as a reference or escape that reads back the same', () => {
    const ascii = asciiHtml(PAGE)
    expect(ascii).toMatch(/^[\x00-\x7f]*$/)
    expect(readAsBrowser(ascii)).toEqual(readAsBrowser(PAGE))
    expect(readAsBrowser(ascii).heading).toBe('Россия и Южный Кавказ — 2026 😀')
  })

  it('uses escapes that belong to each context', () => {
    const ascii = asciiHtml(PAGE)
    expect(ascii).toContain('<h1 title="&#xd6;lk&#x259; &#x201c;s&#x259;rh&#x259;d&#x201d;">')
    expect(ascii).toContain('&#x1f600;</h1>')
    expect(ascii).toContain('"Qafqaz \\u2014 t\\u0259hl\\u00fck\\u0259sizlik"')
    expect(ascii).toContain('\\ud83d\\ude00 ')
    expect(ascii).toContain('content:"\\201c "')
  })

  it('keeps a page in ASCII only when that adds almost no bytes', () => {
    const english = `<html><body><p>${'Regional security, corridors and coalitions. '.repeat(200)}— “quoted”</p><a hreflang="ru">Русский</a></body></html>`
    expect(cacheableHtml(english)).toBe(asciiHtml(english))
    // Cyrillic takes 7 bytes as a reference instead of 2 in UTF-8: the Russian page stays as it is.
    const russian = `<html><body><p>${'Региональная безопасность: коридоры и коалиции. '.repeat(200)}</p></body></html>`
    expect(cacheableHtml(russian)).toBe(russian)
  })

  it('leaves ASCII pages unchanged', () => {
    const page =
      '<html><body><p>Plain &amp; simple</p><script>self.__next_f.push([1,"a"])</script></body></html>'
    expect(asciiHtml(page)).toBe(page)
  })
})
