// The invented samples (samples/) against held-out labels (test/fixtures/sample-labels.json): a
// guard that summarizer changes tuned on the seeds hold on other news. The samples and their labels
// are the repository's own, so the repository's own label check always runs; the shared scorer
// (../shared/eval/score-digest.mjs) runs as well where it is present, and the two must agree.
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DigestManifest } from '../../functions/core/model';
import { SAMPLE_LABELS, SAMPLES, SCORER } from './helpers';
import { checkAgainstLabels, type LabelCheck } from './label-check';
import { digestOfSet, scoreSetJson } from './score-set';

const hasScorer = existsSync(SCORER);

describe('sample digest, checked against held-out labels by the repository itself', () => {
  let manifest: DigestManifest;
  let check: LabelCheck;

  beforeAll(() => {
    manifest = digestOfSet({ dir: SAMPLES }).manifest;
    check = checkAgainstLabels(manifest, SAMPLE_LABELS, SAMPLES);
  });

  it('has no hard failure, themes every article right and traces every item to its sources', () => {
    expect(check.hardFailures).toEqual([]);
    expect(check.articleThemeAccuracy).toBe(1);
    expect(check.traceable).toBe(1);
  });

  it('keeps fact recall at least where it was measured (0.50 of 20 facts)', () => {
    expect(check.factRecallInSection).toBeGreaterThanOrEqual(0.5);
  });

  it('fails a digest that cites an off-topic article, drops a file or loses its facts (the check can fail)', () => {
    const offTopic = manifest.articles.find((a) => a.key.includes('06-offtopic'))!;
    const broken: DigestManifest = {
      ...manifest,
      articles: manifest.articles.filter((a) => !a.key.includes('07-')),
      sections: manifest.sections.map((s, i) => ({
        ...s,
        items: i === 0 ? [{ text: 'Nothing that any label mentions at all here.', sources: [offTopic.key], rank: 1 }] : s.items,
      })),
    };
    const bad = checkAgainstLabels(broken, SAMPLE_LABELS, SAMPLES);
    expect(bad.hardFailures).toEqual(expect.arrayContaining([expect.stringMatching(/^lost articles: 07-/), '1 themed item(s) cite an off-topic article']));
    expect(bad.traceable).toBeLessThan(1);
    expect(bad.factRecallInSection).toBeLessThan(check.factRecallInSection!);
  });
});

describe.skipIf(!hasScorer)('sample digest, scored by the shared scorer (../shared/eval)', () => {
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

  it('agrees with the repository\'s own label check', () => {
    const check = checkAgainstLabels(digestOfSet({ dir: SAMPLES }).manifest, SAMPLE_LABELS, SAMPLES);
    expect(check.factRecallInSection).toBe(result.factRecallInSection);
    expect(check.articleThemeAccuracy).toBe(result.articleThemeAccuracy);
    expect(check.traceable).toBe(result.traceable);
    expect(check.missedFacts).toEqual(result.missedFacts);
  });
});
