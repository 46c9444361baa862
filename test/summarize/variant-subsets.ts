// A paired comparison of two builds of the summarizer on random subsets of every labelled set: the
// same subsets summarized with and without some environment switches (an experiment's, e.g. the
// prereg15 patch's XIDF=0.5), per set the mean change in fact recall (in section) and in theme
// accuracy, flagged "better" or "WORSE" beyond two standard errors. A measurement, not a test.
//   VAR="XIDF=0.5" R=30 [ONLY=set,set] npx tsx test/summarize/variant-subsets.ts
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { deliverSettingsOf } from '../../config/schema';
import { summarize } from '../../functions/core/summarize';
import { scoreNorm, shuffled } from './helpers';
import { digestOfSet, labelledSets } from './score-set';

interface Labels {
  readonly articles: readonly { file: string; on_topic: boolean; primary?: string }[];
  readonly facts: readonly { theme: string; keywords: readonly string[]; articles: readonly string[] }[];
}

const runs = Number(process.env.R ?? 20);
const switches = (process.env.VAR ?? '')
  .split(',')
  .filter(Boolean)
  .map((kv) => kv.split('=') as [string, string]);
const only = process.env.ONLY?.split(',');

// The shared scorer's matching: every keyword group met by one of its alternatives.
const covers = (text: string, keywords: readonly string[]): boolean => keywords.every((g) => g.split('|').some((alt) => scoreNorm(text).includes(scoreNorm(alt))));

function setSwitches(on: boolean): void {
  for (const [k, v] of switches) {
    if (on) process.env[k] = v;
    else delete process.env[k];
  }
}

/** Mean and standard error of the paired differences b - a. */
function paired(a: readonly number[], b: readonly number[]): { mean: number; se: number } {
  const d = a.map((x, i) => b[i]! - x);
  const mean = d.reduce((p, q) => p + q, 0) / d.length;
  const variance = d.reduce((p, q) => p + (q - mean) ** 2, 0) / Math.max(1, d.length - 1);
  return { mean, se: Math.sqrt(variance / d.length) };
}

const verdict = ({ mean, se }: { mean: number; se: number }): string => (mean < -2 * se && mean < -0.005 ? 'WORSE' : mean > 2 * se && mean > 0.005 ? 'better' : '');
const signed = (x: number): string => `${x >= 0 ? '+' : ''}${x.toFixed(3)}`;

const tally = { recallBetter: 0, recallWorse: 0, themeBetter: 0, themeWorse: 0 };
for (const set of labelledSets()) {
  if (only && !only.includes(set.name)) continue;
  const labels = JSON.parse(readFileSync(set.labels, 'utf8')) as Labels;
  const labelOf = new Map(labels.articles.map((a) => [a.file, a]));
  const { articles, config } = digestOfSet(set);
  const options = deliverSettingsOf(config);
  const recall: [number[], number[]] = [[], []];
  const theme: [number[], number[]] = [[], []];
  for (let seed = 1; seed <= runs; seed++) {
    const share = 0.6 + ((seed - 1) % 4) * 0.1;
    const batch = shuffled(articles, seed * 7919).slice(0, Math.max(8, Math.round(articles.length * share)));
    const files = new Set(batch.map((a) => basename(a.key)));
    const facts = labels.facts.filter((f) => f.articles.some((x) => files.has(x)));
    for (const variant of [0, 1] as const) {
      setSwitches(variant === 1);
      const summary = summarize(batch, options);
      const items = summary.sections.flatMap((s) => s.items.map((it) => ({ theme: s.theme, text: it.text })));
      const found = facts.filter((f) => items.some((it) => it.theme === f.theme && covers(it.text, f.keywords))).length;
      let right = 0;
      let judged = 0;
      for (const [key, t] of summary.themes) {
        const label = labelOf.get(basename(key));
        if (!label) continue;
        judged++;
        if ((t.theme ?? null) === (label.on_topic === false ? null : (label.primary ?? null))) right++;
      }
      recall[variant].push(facts.length ? found / facts.length : 1);
      theme[variant].push(judged ? right / judged : 1);
    }
  }
  setSwitches(false);
  const r = paired(...recall);
  const t = paired(...theme);
  if (verdict(r) === 'better') tally.recallBetter++;
  if (verdict(r) === 'WORSE') tally.recallWorse++;
  if (verdict(t) === 'better') tally.themeBetter++;
  if (verdict(t) === 'WORSE') tally.themeWorse++;
  console.log(`${set.name.padEnd(20)} recall ${signed(r.mean)}±${r.se.toFixed(3)} ${verdict(r).padEnd(6)} theme ${signed(t.mean)}±${t.se.toFixed(3)} ${verdict(t)}`);
}
console.log(`VAR=${process.env.VAR ?? ''} R=${runs}: ${JSON.stringify(tally)}`);
