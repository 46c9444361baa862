// The label each article is listed under, against the old choice its items are placed by (itemTheme):
// theme accuracy of each, with the same formula, for every set where they differ.
//   npx tsx test/summarize/label-vs-placement.ts [set ...]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { deliverSettingsOf } from '../../config/schema';
import { summarize } from '../../functions/core/summarize';
import { analyze } from '../../functions/core/summarize/analyze';
import { compileThemes, compileTopicTerms } from '../../functions/core/summarize/themes';
import { Vocabulary } from '../../functions/core/summarize/text';
import { digestOfSet, labelledSets } from './score-set';
const only = process.argv.slice(2);
let tn = 0, to = 0;
for (const set of labelledSets()) {
  if (only.length && !only.includes(set.name)) continue;
  const labels = JSON.parse(readFileSync(set.labels, 'utf8')) as { articles: { file: string; on_topic: boolean; primary?: string }[] };
  const { articles, config } = digestOfSet(set);
  const opts = deliverSettingsOf(config);
  const s = summarize(articles, opts);
  const vocab = new Vocabulary();
  const themes = compileThemes(opts.themes, vocab);
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.key < b.key ? -1 : 1));
  const { articles: infos } = analyze(sorted, themes, vocab, opts, compileTopicTerms(opts.topicTerms, vocab));
  const item = new Map(infos.map((i) => [basename(i.article.key), i.itemTheme >= 0 ? themes.ids[i.itemTheme]! : null]));
  const label = new Map([...s.themes].map(([k, t]) => [basename(k), t.theme]));
  let n = 0, o = 0, total = 0;
  for (const a of labels.articles) {
    const want = a.on_topic ? a.primary ?? null : null;
    const got = label.get(a.file) ?? null;
    const old = got === null ? null : item.get(a.file) ?? null;
    total++;
    if (got === want) n++;
    if (old === want) o++;
  }
  tn += n; to += o;
  if (n !== o) console.log(`${set.name.padEnd(20)} label ${(n / total).toFixed(3)} old ${(o / total).toFixed(3)}`);
}
console.log('total correct: label', tn, 'old', to);
