// Scores a digest of the sample articles with the shared scorer. Skips on a clone without
// ../shared, and while the real reader (functions/core/ingest) is not in the checkout.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../functions/core/summarize';
import { DEFAULT_THEMES, LABELS, READER, readSeeds, SCORER, SEEDS, toManifest } from './helpers';

const ready = existsSync(SEEDS) && existsSync(SCORER) && existsSync(LABELS) && existsSync(READER);

describe.skipIf(!ready)('seed digest, scored by ../shared/eval/score-digest.mjs', () => {
  it('passes --strict and meets the recall, theme and traceability targets', async () => {
    const seeds = (await readSeeds(false))!;
    expect(seeds).not.toBeNull();
    const summary = summarize(seeds.articles, { themes: DEFAULT_THEMES, maxItemsPerSection: 5, maxWordsPerItem: 80, otherNews: false });
    const dir = mkdtempSync(join(tmpdir(), 'seed-digest-'));
    try {
      const digest = join(dir, 'digest.json');
      writeFileSync(digest, JSON.stringify(toManifest(seeds.articles, summary, seeds.rejected)));
      const run = spawnSync(process.execPath, [SCORER, '--digest', digest, '--labels', LABELS, '--articles', SEEDS, '--strict', '--json'], {
        encoding: 'utf8',
      });
      const result = JSON.parse(run.stdout) as Record<string, unknown>;
      expect(result.hardFailures).toEqual([]);
      expect(run.status).toBe(0);
      expect(result.factRecallInSection).toBeGreaterThanOrEqual(0.7);
      expect(result.articleThemeAccuracy).toBeGreaterThanOrEqual(0.8);
      expect(result.traceable).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
