// Summarizes the sample articles and scores the digest with the shared scorer.
//   npx tsx test/summarize/seeds-score.ts [--naive] [--show]
// Uses the real reader (functions/core/ingest) when it exists; --naive forces the test reader.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { summarize } from '../../functions/core/summarize';
import { articleFromText, DEFAULT_THEMES, LABELS, readSeeds, SCORER, SEEDS, toManifest } from './helpers';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const naive = process.argv.includes('--naive');
const seeds = naive
  ? {
      articles: readdirSync(SEEDS).sort().map((f) => articleFromText(join(SEEDS, f), readFileSync(join(SEEDS, f), 'utf8'))),
      rejected: [],
      reader: 'naive test reader',
    }
  : await readSeeds(true);
if (!seeds) {
  console.error(`no seeds at ${SEEDS}`);
  process.exit(2);
}
const summary = summarize(seeds.articles, { themes: DEFAULT_THEMES, maxItemsPerSection: 5, maxWordsPerItem: 80, otherNews: false });
const out = '/tmp/seed-digest';
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'digest.json'), JSON.stringify(toManifest(seeds.articles, summary, seeds.rejected), null, 2));
console.log(`reader: ${seeds.reader}; ${seeds.articles.length} articles, ${seeds.rejected.length} rejected`);
if (process.argv.includes('--show')) {
  for (const [key, t] of summary.themes) console.log(`${key.split('/').pop()}  ${t.theme}  ${JSON.stringify(t.scores)}`);
  for (const s of summary.sections) {
    console.log(`\n## ${s.title}`);
    for (const i of s.items) console.log(`- [${i.score}] ${i.text}  <${i.sources.map((k) => k.split('/').pop()!.slice(0, 3)).join(',')}>`);
  }
  console.log();
}
const run = spawnSync(process.execPath, [SCORER, '--digest', join(out, 'digest.json'), '--labels', LABELS, '--articles', SEEDS, '--strict'], { encoding: 'utf8' });
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
process.exit(run.status ?? 1);
