// Scores a digest of the seed articles (../shared/seeds) with the shared scorer. Skips on a clone
// without ../shared, where neither the articles nor the scorer exist.
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { LABELS, SCORER, SEEDS } from './helpers';
import { scoreSetJson } from './score-set';

const ready = existsSync(SEEDS) && existsSync(SCORER) && existsSync(LABELS);

describe.skipIf(!ready)('seed digest, scored by ../shared/eval/score-digest.mjs', () => {
  let result: Record<string, unknown> = {};
  let status: number | null = null;

  beforeAll(async () => {
    ({ result, status } = await scoreSetJson({ dir: SEEDS, labels: LABELS }));
  });

  it('passes --strict (no lost article, boilerplate, near-duplicate, leak or budget overrun)', () => {
    expect(result.hardFailures).toEqual([]);
    expect(status).toBe(0);
  });

  it('themes the articles and keeps every item traceable', () => {
    expect(result.articleThemeAccuracy).toBeGreaterThanOrEqual(0.8);
    expect(result.traceable).toBe(1);
  });

  it('covers at least 70% of the labelled facts in their sections', () => {
    expect(result.factRecallInSection).toBeGreaterThanOrEqual(0.7);
  });
});
