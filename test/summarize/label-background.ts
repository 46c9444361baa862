// The label as shipped (each theme's batch background taken off, LABEL_BACKGROUND) against the label
// without it (the best of the manifest's themeChoiceScores): theme accuracy of each, with the
// scorer's formula, for every set where they differ (prereg22).
//   npx tsx test/summarize/label-background.ts [set ...]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { digestOfSet, labelledSets } from './score-set';

const only = process.argv.slice(2);
let withTotal = 0;
let withoutTotal = 0;
let better = 0;
let worse = 0;
for (const set of labelledSets()) {
  if (only.length && !only.includes(set.name)) continue;
  const labels = JSON.parse(readFileSync(set.labels, 'utf8')) as { articles: { file: string; on_topic: boolean; primary?: string }[] };
  const byFile = new Map(digestOfSet(set).manifest.articles.map((a) => [basename(a.key), a]));
  let withBg = 0;
  let without = 0;
  let total = 0;
  for (const a of labels.articles) {
    const row = byFile.get(a.file);
    if (!row) continue;
    const want = a.on_topic ? (a.primary ?? null) : null;
    // Ties go to the first theme, as in analyze().
    const best = Object.entries(row.themeChoiceScores).reduce<[string, number] | null>((b, e) => (b === null || e[1] > b[1] ? e : b), null);
    const plain = row.theme === null ? null : (best?.[0] ?? null);
    total++;
    if (row.theme === want) withBg++;
    if (plain === want) without++;
  }
  withTotal += withBg;
  withoutTotal += without;
  if (withBg > without) better++;
  if (withBg < without) worse++;
  if (withBg !== without) console.log(`${set.name.padEnd(20)} with ${(withBg / total).toFixed(3)} without ${(without / total).toFixed(3)}`);
}
console.log(`articles right: with the background ${withTotal}, without ${withoutTotal}; sets better ${better}, worse ${worse}`);
