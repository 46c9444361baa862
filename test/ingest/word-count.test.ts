// wordCount is a hand-written scan for speed; it must count exactly what the word regex matches.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORD_RE, wordCount } from '../../functions/core/ingest/furniture';

const byRegex = (s: string): number => (s.match(WORD_RE) ?? []).length;

describe('wordCount', () => {
  it('counts joined words once', () => {
    expect(wordCount('U.S. officials said Choi Si-young’s plan won’t work.')).toBe(8);
    expect(wordCount('a.-b  -c- ’ 12,5 — x')).toBe(byRegex('a.-b  -c- ’ 12,5 — x'));
    expect(wordCount('')).toBe(0);
  });

  it('agrees with the word regex on any text, astral and lone surrogates included', () => {
    // Characters that sit on every branch of the scan: ASCII words and joiners, Latin-1, CJK,
    // Hangul, combining marks, an astral letter (𝐀) and digit (𝟙), an emoji and lone surrogates.
    const pieces = ['a', 'Z', '7', ' ', "'", '’', '.', '-', ',', 'é', 'ß', '中', '한', '\u0301', '𝐀', '𝟙', '😀', '\uD800', '\uDC00', '—', '\n', '٣'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        expect(wordCount(s)).toBe(byRegex(s));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        expect(wordCount(s)).toBe(byRegex(s));
      }),
      { numRuns: 2000 },
    );
  });
});
