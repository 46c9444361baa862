// The summarizer's fast paths: each must give exactly what the simpler code it replaces gave, on any
// text (fast-check), so no digest can drift.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileThemes, scoreThemes } from '../../functions/core/summarize/themes';
import { anyOf, tokenizeIds, Vocabulary } from '../../functions/core/summarize/text';

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

describe('scoreThemes', () => {
  it('scores as the trie alone does when tokens that open no term are skipped by the openers array', () => {
    const vocab = new Vocabulary();
    const themes = compileThemes(
      [
        { id: 'a', title: 'A', terms: { 'north korea': 2, missile: 1, 'missile launch': 1.5, sanctions: 1 } },
        { id: 'b', title: 'B', terms: { 'trade deal': 2, tariffs: 1, korea: 0.5 } },
      ],
      vocab,
    );
    // The same themes with every token id let through to the trie.
    const open = { ...themes, openers: themes.openers.map(() => new Uint8Array(10_000).fill(1)) };
    const words = ['north', 'korea', 'missile', 'launch', 'trade', 'deal', 'tariffs', 'sanctions', 'the', 'said', 'new', 'Seoul'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), fc.integer({ min: 1, max: 40 }), (sentence, n) => {
        const { ids } = tokenizeIds(sentence.join(' '), vocab);
        const fast = new Float64Array(2);
        const slow = new Float64Array(2);
        scoreThemes(ids, n, themes, fast);
        scoreThemes(ids, n, open, slow);
        expect([...fast]).toEqual([...slow]);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 4000) },
    );
  });
});
