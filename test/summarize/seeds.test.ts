// Scores a digest of the sample articles with the shared scorer. Skips on a clone without
// ../shared, and while the real reader (functions/core/ingest) is not in the checkout.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { summarize } from '../../functions/core/summarize';
import { DEFAULT_THEMES, LABELS, READER, readSeeds, SCORER, SEEDS, toManifest } from './helpers';

const ready = existsSync(SEEDS) && existsSync(SCORER) && existsSync(LABELS) && existsSync(READER);

describe.skipIf(!ready)('seed digest, scored by ../shared/eval/score-digest.mjs', () => {
  let result: Record<string, unknown> = {};
  let status: number | null = null;

  beforeAll(async () => {
    const seeds = (await readSeeds(false))!;
    const summary = summarize(seeds.articles, { themes: DEFAULT_THEMES, maxItemsPerSection: 5, maxWordsPerItem: 80, otherNews: false });
    const dir = mkdtempSync(join(tmpdir(), 'seed-digest-'));
    try {
      const digest = join(dir, 'digest.json');
      writeFileSync(digest, JSON.stringify(toManifest(seeds.articles, summary, seeds.rejected)));
      const run = spawnSync(process.execPath, [SCORER, '--digest', digest, '--labels', LABELS, '--articles', SEEDS, '--strict', '--json'], {
        encoding: 'utf8',
      });
      result = JSON.parse(run.stdout) as Record<string, unknown>;
      status = run.status;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
