// Summarizes a folder of articles and scores the digest with the shared scorer against a label file.
// Shared by seeds-score.ts (the five real seeds) and samples-score.ts (the invented samples, held out).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../functions/core/model';
import { summarize } from '../../functions/core/summarize';
import { articleFromText, DEFAULT_THEMES, readArticles, SCORER, toManifest } from './helpers';

export interface ScoreSet {
  readonly name: string;
  readonly dir: string;
  readonly labels: string;
  /** Where digest.json is written. */
  readonly out: string;
}

/** Runs the set with the flags in argv (--naive, --show, --json); returns the scorer's exit status. */
export async function scoreSet(set: ScoreSet, argv: readonly string[]): Promise<number> {
  const naive = argv.includes('--naive');
  const read = naive
    ? {
        articles: readdirSync(set.dir).sort().map((f) => articleFromText(join(set.dir, f), readFileSync(join(set.dir, f), 'utf8'))),
        rejected: [],
        reader: 'naive test reader',
      }
    : await readArticles(set.dir, true);
  if (!read) {
    console.error(`no ${set.name} at ${set.dir}`);
    return 2;
  }
  const { summary, digest } = writeDigest(read.articles, read.rejected, set.out);
  console.log(`${set.name}: reader ${read.reader}; ${read.articles.length} articles, ${read.rejected.length} rejected`);
  if (argv.includes('--show')) {
    for (const [key, t] of summary.themes) console.log(`${key.split('/').pop()}  ${t.theme}  ${JSON.stringify(t.scores)}`);
    for (const s of summary.sections) {
      console.log(`\n## ${s.title}`);
      for (const i of s.items) console.log(`- [${i.score}] ${i.text}  <${i.sources.map((k) => k.split('/').pop()!.slice(0, 3)).join(',')}>`);
    }
    console.log();
  }
  const run = runScorer(digest, set, argv.includes('--json') ? ['--json'] : []);
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  return run.status ?? 1;
}

/** Summarizes with the shipped defaults and writes the digest.json manifest into `out`. */
function writeDigest(articles: readonly Article[], rejected: Parameters<typeof toManifest>[2], out: string) {
  const summary = summarize(articles, { themes: DEFAULT_THEMES, maxItemsPerSection: 5, maxWordsPerItem: 80, otherNews: false });
  mkdirSync(out, { recursive: true });
  const digest = join(out, 'digest.json');
  writeFileSync(digest, JSON.stringify(toManifest(articles, summary, rejected), null, 2));
  return { summary, digest };
}

function runScorer(digest: string, set: Pick<ScoreSet, 'dir' | 'labels'>, flags: readonly string[]) {
  return spawnSync(process.execPath, [SCORER, '--digest', digest, '--labels', set.labels, '--articles', set.dir, '--strict', ...flags], {
    encoding: 'utf8',
  });
}

/** For tests: the set read with the real reader, summarized and scored; the scorer's JSON figures and exit status. */
export async function scoreSetJson(set: Pick<ScoreSet, 'dir' | 'labels'>): Promise<{ result: Record<string, unknown>; status: number | null }> {
  const read = (await readArticles(set.dir, false))!;
  const out = mkdtempSync(join(tmpdir(), 'scored-digest-'));
  try {
    const run = runScorer(writeDigest(read.articles, read.rejected, out).digest, set, ['--json']);
    return { result: JSON.parse(run.stdout) as Record<string, unknown>, status: run.status };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
