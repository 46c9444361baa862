import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SummaryOptions } from '../../functions/core/model';
import { countWords, summarize } from '../../functions/core/summarize';
import { DEFAULT_THEMES, isExtractive, loadFixtures, nearDuplicatePairs } from './helpers';

const fixtures = loadFixtures();
const byKey = new Map(fixtures.map((a) => [a.key, a]));

describe('summarize properties', () => {
  it('holds its invariants for any subset, order and budget', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(fixtures, { minLength: 0 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 10, max: 90 }),
        fc.boolean(),
        (articles, maxItemsPerSection, maxWordsPerItem, otherNews) => {
          const options: SummaryOptions = { themes: DEFAULT_THEMES, maxItemsPerSection, maxWordsPerItem, otherNews };
          const summary = summarize(articles, options);
          const keys = new Set(articles.map((a) => a.key));
          expect(new Set(summary.themes.keys())).toEqual(keys);
          const all = summary.sections.flatMap((s) => s.items.map((i) => ({ ...i, section: s.theme })));
          for (const s of summary.sections) {
            expect(s.items.length).toBeGreaterThan(0);
            expect(s.items.length).toBeLessThanOrEqual(maxItemsPerSection);
          }
          for (const item of all) {
            expect(countWords(item.text)).toBeLessThanOrEqual(maxWordsPerItem);
            expect(new Set(item.sources).size).toBe(item.sources.length);
            for (const k of item.sources) expect(keys.has(k)).toBe(true);
            expect(isExtractive(item.text, byKey.get(item.sources[0]!)!)).toBe(true);
            const themed = item.section !== 'other';
            for (const k of item.sources) expect(summary.themes.get(k)!.theme !== null).toBe(themed);
          }
          expect(nearDuplicatePairs(all.map((i) => i.text))).toEqual([]);
          // Any order of the same articles gives the same digest.
          expect(summarize([...articles].reverse(), options).sections).toEqual(summary.sections);
        },
      ),
      { numRuns: 40, seed: 20240601 },
    );
  });
});
