// The invented samples (samples/) scored by the shared scorer against held-out labels
// (test/fixtures/sample-labels.json): a guard that summarizer changes tuned on the seeds hold on
// other news. Skips on a clone without ../shared or without the real reader.
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { READER, SAMPLE_LABELS, SAMPLES, SCORER } from './helpers';
import { scoreSetJson } from './score-set';

const ready = existsSync(SCORER) && existsSync(READER);

describe.skipIf(!ready)('sample digest, scored against held-out labels', () => {
  let result: Record<string, unknown> = {};
  let status: number | null = null;

  beforeAll(async () => {
    ({ result, status } = await scoreSetJson({ dir: SAMPLES, labels: SAMPLE_LABELS }));
  });

  it('passes --strict and themes every article right', () => {
    expect(result.hardFailures).toEqual([]);
    expect(status).toBe(0);
    expect(result.articleThemeAccuracy).toBe(1);
    expect(result.traceable).toBe(1);
  });

  it('keeps fact recall at least where it was measured (0.50 of 20 facts)', () => {
    expect(result.factRecallInSection).toBeGreaterThanOrEqual(0.5);
  });
});
