// The summarizer's fast paths: each must give exactly what the simpler code it replaces gave, on any
// text (fast-check), so no digest can drift.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyOf } from '../../functions/core/summarize/text';

const WORDS = ['two', 'ten', 'www.', '@', ', left,', ' hands', 'a+b', '(x)', '$1', 'a|b', '[c]', '\\d'];
// Pieces of the words (so texts come close to them) and characters around them.
const PIECES = [...WORDS, 't', 'w', 'o', 'e', 'n', '.', ',', ' ', 'left', 'a', 'b', '+', '(', ')', '|', '\\', 'd', 'é', '中', '😀'];
const anyText = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

describe('anyOf', () => {
  it('says whether the text contains one of the words, as includes() over each word does', () => {
    fc.assert(
      fc.property(fc.subarray(WORDS, { minLength: 1 }), anyText, (words, text) => {
        expect(anyOf(words).test(text)).toBe(words.some((w) => text.includes(w)));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 4000) },
    );
  });
});
