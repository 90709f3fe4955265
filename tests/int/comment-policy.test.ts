/**
 * The comment moderation policy and the signed form token, as pure functions (no database).
 * In the spirit of WordPress's comment-allow tests: one `describe` per rule, each rule tested on
 * its own with the other rules neutral (no links, an empty blocklist, a lenient mode).
 */
import { describe, expect, it } from 'vitest'

import {
  blocklistMatch,
  countLinks,
  decideStatus,
  FLOOD_SECONDS,
  type CommentPolicy,
  type ModerationMode,
} from '@/lib/commentPolicy'
import { MIN_FILL_SECONDS } from '@/lib/forms/bots'
import { formAge, formToken, sign, verify } from '@/lib/signedToken'

const MODES: ModerationMode[] = ['hold-all', 'hold-first-time', 'publish']
/** Neutral settings: publish at once, generous link limit, nothing blocklisted. */
const policy = (overrides: Partial<CommentPolicy> = {}): CommentPolicy => ({
  moderationMode: 'publish',
  linkLimit: 10,
  blocklist: '',
  ...overrides,
})
const plain = 'Thanks for the report, a useful read.'
const links = (n: number) =>
  Array.from({ length: n }, (_, i) => `https://example.org/${i}`).join(' and ')

describe('constants', () => {
  it('allows one comment per 15 seconds from an address', () => {
    expect(FLOOD_SECONDS).toBe(15)
  })
  it('has a positive minimum form-fill time', () => {
    expect(MIN_FILL_SECONDS).toBeGreaterThan(0)
  })
})

describe('moderation mode', () => {
  it("'hold-all' holds a first-time commenter", () => {
    expect(decideStatus(policy({ moderationMode: 'hold-all' }), plain, false).status).toBe(
      'pending',
    )
  })
  it("'hold-all' holds even a returning commenter", () => {
    expect(decideStatus(policy({ moderationMode: 'hold-all' }), plain, true).status).toBe('pending')
  })
  it("'hold-first-time' holds a first-time commenter", () => {
    expect(decideStatus(policy({ moderationMode: 'hold-first-time' }), plain, false).status).toBe(
      'pending',
    )
  })
  it("'hold-first-time' approves a commenter with an approved comment", () => {
    expect(decideStatus(policy({ moderationMode: 'hold-first-time' }), plain, true).status).toBe(
      'approved',
    )
  })
  it("'publish' approves at once, returning or not", () => {
    expect(decideStatus(policy({ moderationMode: 'publish' }), plain, false).status).toBe(
      'approved',
    )
    expect(decideStatus(policy({ moderationMode: 'publish' }), plain, true).status).toBe('approved')
  })
  it('treats an empty body like any other (the mode decides)', () => {
    expect(decideStatus(policy({ moderationMode: 'publish' }), '', false).status).toBe('approved')
    expect(decideStatus(policy({ moderationMode: 'hold-all' }), '', true).status).toBe('pending')
  })
})

describe('link limit', () => {
  it('counts http and https links', () => {
    expect(countLinks('')).toBe(0)
    expect(countLinks(plain)).toBe(0)
    expect(countLinks('see http://example.org')).toBe(1)
    expect(countLinks('see https://example.org/a?b=c#d')).toBe(1)
    expect(countLinks(links(3))).toBe(3)
    expect(countLinks('HTTPS://EXAMPLE.ORG and Http://example.org')).toBe(2)
    expect(countLinks('one\nhttp://a.example\ntwo https://b.example/path')).toBe(2)
  })
  it('does not count ftp:// links, bare domains, or a scheme with nothing after it', () => {
    expect(countLinks('ftp://example.org/file')).toBe(0)
    expect(countLinks('example.org and www.example.org')).toBe(0)
    expect(countLinks('http:// and https://')).toBe(0)
    expect(countLinks('mailto:someone@example.org')).toBe(0)
  })
  it('counts links inside markup and markdown', () => {
    expect(countLinks('[x](https://example.org) <a href="http://example.org">y</a>')).toBe(2)
    expect(countLinks('https://example.org/<script>alert(1)</script>')).toBe(1)
  })

  it('passes exactly N links', () => {
    for (const n of [1, 2, 5]) {
      expect(decideStatus(policy({ linkLimit: n }), links(n), false).status).toBe('approved')
    }
  })
  it('holds N+1 links, even in publish mode and for a returning commenter', () => {
    for (const n of [1, 2, 5]) {
      expect(
        decideStatus(policy({ linkLimit: n, moderationMode: 'publish' }), links(n + 1), true)
          .status,
      ).toBe('pending')
    }
  })
  it('holds N+1 links in hold-first-time mode for a returning commenter', () => {
    expect(
      decideStatus(policy({ linkLimit: 2, moderationMode: 'hold-first-time' }), links(3), true)
        .status,
    ).toBe('pending')
  })
  it('with linkLimit 0, holds a single link and passes none', () => {
    const zero = policy({ linkLimit: 0 })
    expect(decideStatus(zero, plain, false).status).toBe('approved')
    expect(decideStatus(zero, 'see https://example.org', false).status).toBe('pending')
  })
  it('does not hold for links it does not count', () => {
    const zero = policy({ linkLimit: 0 })
    expect(decideStatus(zero, 'ftp://example.org/file', false).status).toBe('approved')
    expect(decideStatus(zero, 'visit example.org', false).status).toBe('approved')
  })
})

describe('blocklist', () => {
  it('marks spam in every mode, returning commenter or not', () => {
    for (const moderationMode of MODES) {
      for (const returning of [false, true]) {
        expect(
          decideStatus(
            policy({ moderationMode, blocklist: 'viagra' }),
            'cheap viagra here',
            returning,
          ).status,
        ).toBe('spam')
      }
    }
  })
  it('wins over the link limit', () => {
    const body = `cheap viagra ${links(5)}`
    expect(decideStatus(policy({ linkLimit: 1, blocklist: 'viagra' }), body, false).status).toBe(
      'spam',
    )
  })
  it('matches whole words only', () => {
    expect(blocklistMatch('a thorough assessment', 'ass')).toBeNull()
    expect(blocklistMatch('a classic pass', 'ass')).toBeNull()
    expect(blocklistMatch('what an ass.', 'ass')).toBe('ass')
    expect(blocklistMatch('ass', 'ass')).toBe('ass')
    expect(blocklistMatch('(ass)', 'ass')).toBe('ass')
    expect(blocklistMatch('casino2024', 'casino')).toBeNull()
    expect(decideStatus(policy({ blocklist: 'ass' }), 'a thorough assessment', false).status).toBe(
      'approved',
    )
  })
  it('ignores case, in the body and in the entry', () => {
    expect(blocklistMatch('Cheap VIAGRA', 'viagra')).toBe('viagra')
    expect(blocklistMatch('cheap viagra', 'ViAgRa')).toBe('viagra')
  })
  it('matches multi-word phrases, but not their words apart', () => {
    expect(blocklistMatch('You can Buy Now and save', 'buy now')).toBe('buy now')
    expect(blocklistMatch('buy the book now', 'buy now')).toBeNull()
    expect(blocklistMatch('buy nowhere', 'buy now')).toBeNull()
  })
  it('matches Cyrillic words, whole words, any case', () => {
    expect(blocklistMatch('лучшее казино онлайн', 'казино')).toBe('казино')
    expect(blocklistMatch('ЛУЧШЕЕ КАЗИНО', 'казино')).toBe('казино')
    expect(blocklistMatch('казиноонлайн', 'казино')).toBeNull()
    expect(decideStatus(policy({ blocklist: 'казино' }), 'Казино!', false).status).toBe('spam')
  })
  it('matches Azerbaijani words, whole words, any case', () => {
    expect(blocklistMatch('onlayn qumar oyunları', 'qumar')).toBe('qumar')
    expect(blocklistMatch('QUMAR', 'qumar')).toBe('qumar')
    expect(blocklistMatch('qumarxana', 'qumar')).toBeNull()
    expect(blocklistMatch('ucuz şərab satılır', 'şərab')).toBe('şərab')
    expect(blocklistMatch('ŞƏRAB', 'şərab')).toBe('şərab')
    expect(decideStatus(policy({ blocklist: 'qumar' }), 'Qumar oyna', false).status).toBe('spam')
  })
  // Azerbaijani capital "İ" lower-cases to "i" + U+0307 in most locales; both sides are folded.
  it('matches Azerbaijani words containing a capital dotted İ in the body', () => {
    expect(blocklistMatch('İÇKİ satılır', 'içki')).not.toBeNull()
  })
  it('matches an Azerbaijani entry typed with a capital dotted İ', () => {
    expect(blocklistMatch('ucuz içki', 'İçki')).not.toBeNull()
  })
  it('treats dotless ı like i', () => {
    expect(blocklistMatch('QIZ', 'qız')).toBe('qiz')
  })
  it('ignores blank lines and spaces around entries', () => {
    const list = '\n\n   \n  viagra  \n\t\n casino\r\n\n'
    expect(blocklistMatch('cheap viagra', list)).toBe('viagra')
    expect(blocklistMatch('best casino', list)).toBe('casino')
    expect(blocklistMatch(plain, list)).toBeNull()
    expect(blocklistMatch('a b c', '\n   \n')).toBeNull()
  })
  it('treats a missing or empty blocklist as no blocklist', () => {
    expect(blocklistMatch(plain, null)).toBeNull()
    expect(blocklistMatch(plain, undefined)).toBeNull()
    expect(blocklistMatch(plain, '')).toBeNull()
    expect(decideStatus(policy({ blocklist: null }), plain, false).status).toBe('approved')
    expect(decideStatus(policy({ blocklist: undefined }), plain, false).status).toBe('approved')
  })
  it('takes regex metacharacters literally', () => {
    expect(() => blocklistMatch(plain, 'c++')).not.toThrow()
    expect(blocklistMatch('I write c++ daily', 'c++')).toBe('c++')
    expect(blocklistMatch('I write c daily', 'c++')).toBeNull()
    expect(blocklistMatch('I write cc daily', 'c++')).toBeNull()
    expect(blocklistMatch('a.b', 'a.b')).toBe('a.b')
    expect(blocklistMatch('axb', 'a.b')).toBeNull()
    expect(blocklistMatch('aaa', 'a*')).toBeNull()
    expect(blocklistMatch('anything', '.*')).toBeNull()
    expect(blocklistMatch('x', '(')).toBeNull()
    expect(blocklistMatch('say (hi) there', '(hi)')).toBe('(hi)')
    expect(blocklistMatch('cat or dog', 'cat|dog')).toBeNull()
    expect(blocklistMatch('a [b] c', '[b]')).toBe('[b]')
    expect(blocklistMatch('b', '[b]')).toBeNull()
    expect(blocklistMatch('cost $5', '$5')).toBe('$5')
  })
  it('returns the first entry that matches', () => {
    expect(blocklistMatch('casino and viagra', 'poker\nviagra\ncasino')).toBe('viagra')
  })
})

describe('reason', () => {
  const cases: [string, CommentPolicy, string, boolean][] = [
    ['spam', policy({ blocklist: 'viagra' }), 'viagra', false],
    ['too many links', policy({ linkLimit: 0 }), links(1), false],
    ['published at once', policy(), plain, false],
    ['returning commenter', policy({ moderationMode: 'hold-first-time' }), plain, true],
    ['first-time commenter held', policy({ moderationMode: 'hold-first-time' }), plain, false],
    ['hold all', policy({ moderationMode: 'hold-all' }), plain, true],
  ]
  it.each(cases)('is a non-empty string (%s)', (_name, p, body, returning) => {
    const { reason } = decideStatus(p, body, returning)
    expect(typeof reason).toBe('string')
    expect(reason.trim()).not.toBe('')
  })
  it('names the blocklisted word', () => {
    expect(decideStatus(policy({ blocklist: 'viagra' }), 'VIAGRA', false).reason).toContain(
      'viagra',
    )
  })
})

describe('signed tokens', () => {
  const secret = 'test-secret'
  const other = 'another-secret'

  it('sign is deterministic and depends on value and secret', () => {
    expect(sign('a', secret)).toBe(sign('a', secret))
    expect(sign('a', secret)).not.toBe(sign('b', secret))
    expect(sign('a', secret)).not.toBe(sign('a', other))
    expect(sign('a', secret)).toMatch(/^[A-Za-z0-9_-]+$/)
  })
  it('verify accepts the right token and rejects others', () => {
    const token = sign('value', secret)
    expect(verify('value', token, secret)).toBe(true)
    expect(verify('other value', token, secret)).toBe(false)
    expect(verify('value', token, other)).toBe(false)
    expect(verify('value', null, secret)).toBe(false)
    expect(verify('value', undefined, secret)).toBe(false)
    expect(verify('value', '', secret)).toBe(false)
  })
  it('verify rejects tokens of a different length without throwing', () => {
    const token = sign('value', secret)
    for (const bad of [
      token.slice(0, -1),
      `${token}x`,
      'x',
      token + token,
      'é'.repeat(token.length),
    ]) {
      expect(() => verify('value', bad, secret)).not.toThrow()
      expect(verify('value', bad, secret)).toBe(false)
    }
  })
  it('verify rejects a same-length token with one character changed', () => {
    const token = sign('value', secret)
    const flipped = (token[0] === 'A' ? 'B' : 'A') + token.slice(1)
    expect(verify('value', flipped, secret)).toBe(false)
  })

  it('a fresh form token has age about 0', () => {
    const age = formAge(formToken(secret), secret)
    expect(age).not.toBeNull()
    expect(age).toBeGreaterThanOrEqual(0)
    expect(age).toBeLessThanOrEqual(1)
  })
  it('computes the age from now', () => {
    const issuedAt = Date.UTC(2025, 0, 1, 12, 0, 0)
    const token = formToken(secret, issuedAt)
    expect(formAge(token, secret, issuedAt)).toBe(0)
    expect(formAge(token, secret, issuedAt + 2_000)).toBe(2)
    expect(formAge(token, secret, issuedAt + MIN_FILL_SECONDS * 1000)).toBe(MIN_FILL_SECONDS)
    expect(formAge(token, secret, issuedAt + 3_600_000)).toBe(3600)
  })
  it('rejects a tampered timestamp', () => {
    const issuedAt = Date.UTC(2025, 0, 1, 12, 0, 0)
    const [issued, signature] = formToken(secret, issuedAt).split('.')
    const earlier = String(Number(issued) - 60)
    expect(formAge(`${earlier}.${signature}`, secret, issuedAt)).toBeNull()
  })
  it('rejects a tampered signature', () => {
    const [issued, signature] = formToken(secret).split('.')
    const flipped = (signature[0] === 'A' ? 'B' : 'A') + signature.slice(1)
    expect(formAge(`${issued}.${flipped}`, secret)).toBeNull()
    expect(formAge(`${issued}.${signature.slice(0, -1)}`, secret)).toBeNull()
    expect(formAge(`${issued}.`, secret)).toBeNull()
    expect(formAge(issued, secret)).toBeNull()
  })
  it('rejects a token signed with another secret', () => {
    expect(formAge(formToken(other), secret)).toBeNull()
  })
  it('rejects missing, empty and garbage tokens', () => {
    for (const bad of [
      null,
      undefined,
      '',
      '.',
      '..',
      'garbage',
      'abc.def',
      '-5.abc',
      '1.5.x',
      '1e9.abc',
      ' ',
    ]) {
      expect(() => formAge(bad, secret)).not.toThrow()
      expect(formAge(bad, secret)).toBeNull()
    }
  })
  it('rejects a non-numeric timestamp even with a matching signature', () => {
    const issued = 'abc'
    expect(formAge(`${issued}.${sign(`form:${issued}`, secret)}`, secret)).toBeNull()
  })
})
