// A small drop: what the topic checks do when a user drops a handful of articles, not a whole set.
// Random drops of SIZE articles from every labelled set (RUNS per set), counted by their labels:
// off-topic articles given a theme, on-topic ones given their labelled theme or none. A measurement,
// not a test. --shipped leaves out the default-theme sets' own topic terms (the config as it ships);
// --on-topic draws from each set's on-topic articles only (the user whose whole drop is on the topic).
// Size `all` takes the whole pool (a full set, or with --on-topic the set without its off-topic articles).
// --set NAME measures one set only.
//   npx tsx test/summarize/small-drops.ts [size=6|all] [runs=20] [--shipped] [--on-topic] [--set NAME]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { deliverSettingsOf } from '../../config/schema';
import { summarize } from '../../functions/core/summarize';
import { shuffled } from './helpers';
import { digestOfSet, labelledSets } from './score-set';
const size = process.argv[2] === 'all' ? Number.POSITIVE_INFINITY : Number(process.argv[2] ?? 6);
const runs = Number(process.argv[3] ?? 20);
const shipped = process.argv.includes('--shipped');
const onTopicOnly = process.argv.includes('--on-topic');
const only = process.argv.includes('--set') ? process.argv[process.argv.indexOf('--set') + 1] : undefined;
let offN = 0;
let offThemed = 0;
let onN = 0;
let onRight = 0;
let onNone = 0;
const sets = labelledSets().filter((s) => !only || s.name === only);
if (!sets.length || !(size > 0) || !(runs > 0)) {
  console.error(!sets.length ? `no labelled set named ${only}` : 'size must be a positive number or "all", runs a positive number');
  process.exit(2);
}
for (const set of sets) {
  const { subject: _own, ...withoutTerms } = set;
  const { articles, config } = digestOfSet(shipped && !set.themes ? withoutTerms : set);
  const options = deliverSettingsOf(config);
  const labels = JSON.parse(readFileSync(set.labels, 'utf8')) as { articles: { file: string; on_topic: boolean; primary?: string | null }[] };
  const lab = new Map(labels.articles.map((a) => [a.file, a]));
  const pool = onTopicOnly ? articles.filter((a) => lab.get(basename(a.key))?.on_topic) : articles;
  for (let seed = 1; seed <= runs; seed++) {
    const batch = shuffled(pool, seed).slice(0, size);
    for (const [key, t] of summarize(batch, options).themes) {
      const l = lab.get(basename(key)); if (!l) continue;
      if (!l.on_topic) { offN++; if (t.theme) offThemed++; } else { onN++; if (t.theme === l.primary) onRight++; if (!t.theme) onNone++; }
    }
  }
}
console.log(JSON.stringify({ size: Number.isFinite(size) ? size : 'all', runs, offN, offThemed, offRate: offN ? +(offThemed / offN).toFixed(3) : null, onN, onRight: +(onRight / onN).toFixed(3), onNone: +(onNone / onN).toFixed(3) }));
