// The label as shipped (each theme's batch background taken off, LABEL_BACKGROUND, and a near tie
// given to the theme less typical of the batch, LABEL_CLOSE) against the label with the background
// only (prereg23) and without either (the best of the manifest's themeChoiceScores, prereg22): theme
// accuracy of each, with the scorer's formula, for every set where they differ.
//   npx tsx test/summarize/label-background.ts [set ...]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { digestOfSet, labelledSets } from './score-set';

/** The best theme by these scores less the background (ties: the first theme, as in analyze()). */
function best(scores: Readonly<Record<string, number>>, background: Readonly<Record<string, number>> = {}): string | null {
  let out: [string, number] | null = null;
  for (const [id, v] of Object.entries(scores)) {
    const s = v - (background[id] ?? 0);
    if (out === null || s > out[1]) out = [id, s];
  }
  return out?.[0] ?? null;
}

const only = process.argv.slice(2);
const names = ['shipped', 'background only', 'neither'] as const;
const totals = [0, 0, 0];
const versus = { backgroundOnly: [0, 0], neither: [0, 0] };
for (const set of labelledSets()) {
  if (only.length && !only.includes(set.name)) continue;
  const labels = JSON.parse(readFileSync(set.labels, 'utf8')) as { articles: { file: string; on_topic: boolean; primary?: string }[] };
  const { manifest } = digestOfSet(set);
  const byFile = new Map(manifest.articles.map((a) => [basename(a.key), a]));
  const right = [0, 0, 0];
  let total = 0;
  for (const a of labels.articles) {
    const row = byFile.get(a.file);
    if (!row) continue;
    const want = a.on_topic ? (a.primary ?? null) : null;
    const got = [row.theme, row.theme === null ? null : best(row.themeChoiceScores, manifest.themeBackground), row.theme === null ? null : best(row.themeChoiceScores)];
    total++;
    got.forEach((g, k) => {
      if (g === want) right[k] = right[k]! + 1;
    });
  }
  right.forEach((r, k) => {
    totals[k] = totals[k]! + r;
  });
  if (right[0]! > right[1]!) versus.backgroundOnly[0]!++;
  if (right[0]! < right[1]!) versus.backgroundOnly[1]!++;
  if (right[0]! > right[2]!) versus.neither[0]!++;
  if (right[0]! < right[2]!) versus.neither[1]!++;
  if (right[0] !== right[1] || right[0] !== right[2]) console.log(`${set.name.padEnd(20)} ${names.map((n, k) => `${n} ${(right[k]! / total).toFixed(3)}`).join('  ')}`);
}
console.log(`articles right: ${names.map((n, k) => `${n} ${totals[k]}`).join(', ')}`);
console.log(`shipped against the background only: better on ${versus.backgroundOnly[0]} sets, worse on ${versus.backgroundOnly[1]}; against neither: better on ${versus.neither[0]}, worse on ${versus.neither[1]}`);
