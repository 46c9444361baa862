// The label as shipped (each theme's batch background taken off: LABEL_BACKGROUND of its median
// choice score; a close call decided by the closer reading, prereg30) against the label without it (the best of the manifest's themeChoiceScores), and,
// with --variant B[/D], against a variant computed from the same manifest: a background of B times
// the median, and a near tie (runner-up within D of the best) given to the theme with the smaller
// background (prereg22: 0.2; prereg23: 0.2/0.05). Theme accuracy with the scorer's formula, for every
// set where they differ.
//   npx tsx test/summarize/label-background.ts [--variant 0.2/0.05] [set ...]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { LABEL_BACKGROUND } from '../../functions/core/summarize/analyze';
import { digestOfSet, labelledSets } from './score-set';

/** The label from choice scores and per-theme medians (ties: the first theme, as in analyze()). */
function label(scores: Readonly<Record<string, number>>, median: Readonly<Record<string, number>>, share: number, close: number): string | null {
  const ids = Object.keys(scores);
  const adj = (id: string) => scores[id]! - share * (median[id] ?? 0);
  const order = [...ids].sort((a, b) => adj(b) - adj(a) || ids.indexOf(a) - ids.indexOf(b));
  const [best, next] = order;
  if (best === undefined) return null;
  if (next !== undefined && adj(best) - adj(next) < close * Math.max(adj(best), 0) && (median[next] ?? 0) < (median[best] ?? 0)) return next;
  return best;
}

const args = process.argv.slice(2);
const at = args.indexOf('--variant');
const [share, close] = at >= 0 ? args[at + 1]!.split('/').map(Number) : [Number.NaN, 0];
const only = at >= 0 ? args.filter((_, i) => i !== at && i !== at + 1) : args;
const names = ['shipped', 'without', ...(at >= 0 ? [`variant ${args[at + 1]}`] : [])];
const totals = names.map(() => 0);
const better = names.map(() => 0);
const worse = names.map(() => 0);
for (const set of labelledSets()) {
  if (only.length && !only.includes(set.name)) continue;
  const labels = JSON.parse(readFileSync(set.labels, 'utf8')) as { articles: { file: string; on_topic: boolean; primary?: string }[] };
  const { manifest } = digestOfSet(set);
  // themeBackground is LABEL_BACKGROUND times each theme's median; absent: a batch too small for one.
  const median = Object.fromEntries(Object.entries(manifest.themeBackground ?? {}).map(([id, v]) => [id, v / LABEL_BACKGROUND]));
  const byFile = new Map(manifest.articles.map((a) => [basename(a.key), a]));
  const right = names.map(() => 0);
  let total = 0;
  for (const a of labels.articles) {
    const row = byFile.get(a.file);
    if (!row) continue;
    const want = a.on_topic ? (a.primary ?? null) : null;
    const themed = row.theme !== null;
    const got = [row.theme, themed ? label(row.themeChoiceScores, {}, 0, 0) : null];
    if (at >= 0) got.push(themed ? label(row.themeChoiceScores, median, share!, close!) : null);
    total++;
    got.forEach((g, k) => {
      if (g === want) right[k]!++;
    });
  }
  right.forEach((r, k) => {
    totals[k]! += r;
    if (right[0]! > r) better[k]!++;
    if (right[0]! < r) worse[k]!++;
  });
  if (right.some((r) => r !== right[0])) console.log(`${set.name.padEnd(20)} ${names.map((n, k) => `${n} ${(right[k]! / total).toFixed(3)}`).join('  ')}`);
}
console.log(`articles right: ${names.map((n, k) => `${n} ${totals[k]}`).join(', ')}`);
for (let k = 1; k < names.length; k++) console.log(`shipped against ${names[k]}: better on ${better[k]} sets, worse on ${worse[k]}`);
