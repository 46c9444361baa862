// Builds the digest of a folder of article files in-process, the way the CLI does (for tests).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_THEMES } from '../../config/schema';
import { assembleDigest } from '../../functions/core/digest';
import { readArticle } from '../../functions/core/ingest';
import type { Article } from '../../functions/core/model';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SEEDS_DIR = resolve(ROOT, '../shared/seeds');
export const SAMPLES_DIR = resolve(ROOT, 'samples');
export const hasSeeds = existsSync(SEEDS_DIR);

export function digestOf(dir: string, now = new Date('2026-01-15T07:00:00Z')) {
  const articles: Article[] = readdirSync(dir)
    .filter((n) => !n.startsWith('.'))
    .sort()
    .map((n) => readArticle({ key: join(dir, n), bytes: readFileSync(join(dir, n)) }, { maxBytes: 2 * 1024 * 1024 }));
  return assembleDigest({
    articles,
    rejected: [],
    rejectionIds: [],
    settings: { digestName: 'Korea Peninsula Briefing', sender: 'digest@example.com', themes: DEFAULT_THEMES, maxItemsPerSection: 5, maxWordsPerItem: 80, otherNews: false },
    now,
  });
}
