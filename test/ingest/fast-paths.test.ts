// The reader's hot paths are hand-written scans for speed; each must give exactly what the simpler
// regex it replaces gave, on any text (fast-check), so the reader's output cannot drift.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseWhitespace, normalizeSlow, normalizeText } from '../../functions/core/ingest/decode';
import { WORD_RE, bare, wordCount } from '../../functions/core/ingest/furniture';
import { wordBeforePeriod } from '../../functions/core/ingest/sentences';

// Characters that sit on every branch of the scans: ASCII words, joiners and marks, Unicode spaces,
// Latin-1, CJK, Hangul, a combining mark, an astral letter (𝐀) and digit (𝟙), an emoji, lone surrogates.
const PIECES = ['a', 'Z', 'p', 'M', '7', '(', '"', '“', '‘', '[', ' ', '  ', '\t', '\n', '\u00A0', '\u2003', "'", '’', '.', '-', ',', ':', '|', '»', '›', '…', '·', '•', '!', '↑', '^', '<', '«', 'é', 'ß', 'İ', '中', '한', '\u0301', '𝐀', '𝟙', '😀', '\uD800', '\uDC00', '—', '٣'];
const anyText = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
);
const agree = (fast: (s: string) => unknown, slow: (s: string) => unknown) =>
  fc.assert(
    fc.property(anyText, (s) => {
      expect(fast(s)).toEqual(slow(s));
    }),
    { numRuns: Number(process.env.FC_RUNS ?? 4000) },
  );

describe('wordCount', () => {
  it('counts words joined by an apostrophe or hyphen once, and "U.S." as two, as the scorer does', () => {
    expect(wordCount('U.S. officials said Choi Si-young’s plan won’t work.')).toBe(9);
    expect(wordCount('Choi Si-young’s plan')).toBe(3);
    expect(wordCount('')).toBe(0);
  });

  it('counts exactly what the word regex matches', () => {
    agree(wordCount, (s) => (s.match(WORD_RE) ?? []).length);
  });

  it('with a limit, says the same of "at most N words" as the full count', () => {
    for (const n of [0, 3, 5, 30]) agree((s) => wordCount(s, n) <= n, (s) => (s.match(WORD_RE) ?? []).length <= n);
    expect(wordCount('one two three four five six', 3)).toBe(4);
  });
});

describe('collapseWhitespace', () => {
  it('turns every whitespace run into one space, like /\\s+/g', () => {
    agree(collapseWhitespace, (s) => s.replace(/\s+/g, ' '));
  });
});

describe('bare', () => {
  it('drops trailing and leading marks like the anchored regexes', () => {
    expect(bare('Back To Top ↑')).toBe('back to top');
    agree(bare, (s) => s.toLowerCase().replace(/[\s:|»›>…·•.!↑^-]+$/u, '').replace(/^[\s|»›<«·•-]+/u, '').trim());
  });
});

describe('wordBeforePeriod', () => {
  it('finds the same word as the regex run over the whole sentence', () => {
    expect(wordBeforePeriod('He met Mr.')).toBe('Mr');
    expect(wordBeforePeriod('at 6 p.m.')).toBe('p.m');
    const slow = (s: string) => /(?:^|[\s("“'‘[])([\p{L}.’']+)\.$/u.exec(s)?.[1];
    agree((s) => wordBeforePeriod(`${s}.`), (s) => slow(`${s}.`));
    agree(wordBeforePeriod, slow);
  });
});

describe('normalizeText', () => {
  it('joins a letter and its accent across a removed zero-width space in one pass (found by the property below)', () => {
    expect(normalizeText('a\u200B\u0301')).toBe('\u00E1');
  });

  it('gives what every pass gives when it takes its shortcut (only NFC left to do)', () => {
    expect(normalizeText('plain line\nsecond line')).toBe('plain line\nsecond line');
    expect(normalizeText('e\u0301 and  two spaces ')).toBe('\u00E9 and two spaces');
    agree(normalizeText, normalizeSlow);
  });

  it('is idempotent, so already-normalized plain text lines can skip a second pass', () => {
    const text = fc.array(fc.oneof(anyText, fc.constantFrom('\r\n', '\u200B', '\u00AD', '\u2028', 'e\u0301', '\f')), { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 4000) },
    );
  });
});
