// Where the labelled facts a digest misses sit, for whoever decides what to work on next: for each
// fact no item of its section covers (the scorer's rule: every keyword group in one item's text),
// whether it is told in another section, and else whether an item of its section, of another
// section or none cites one of its articles, and at which sentence of those articles its keywords
// stand together (0 = the lead; "two" = only across two sentences in a row; "none" = nowhere).
//   npx tsx test/summarize/missed-facts.ts [SET-PATTERN] [--list]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Article } from '../../functions/core/model';
import { scoreNorm } from './helpers';
import { digestOfSet, labelledSets } from './score-set';

interface Fact {
  readonly id: string;
  readonly theme: string;
  readonly keywords: readonly string[];
  readonly articles: readonly string[];
}
interface LabelFile {
  readonly articles: readonly { file: string; key_facts?: readonly Omit<Fact, 'id' | 'articles'>[] }[];
  readonly facts?: readonly Fact[];
}

const args = process.argv.slice(2);
const list = args.includes('--list');
const patternArg = args.find((a) => !a.startsWith('--'));
let pattern: RegExp | null = null;
try {
  pattern = patternArg ? new RegExp(patternArg) : null;
} catch {
  console.error(`not a pattern: ${patternArg}`);
  process.exit(2);
}
const sets = labelledSets().filter((s) => !pattern || pattern.test(s.name));
if (!sets.length) {
  console.error(`no labelled set matches ${patternArg}`);
  process.exit(2);
}

// The scorer's normalization (../shared/eval/score-digest.mjs), so "covered" means what it means there.
const covers = (text: string, keywords: readonly string[]): boolean => keywords.every((g) => g.split('|').some((alt) => scoreNorm(text).includes(scoreNorm(alt))));

function whereInArticles(fact: Fact, byFile: ReadonlyMap<string, Article>): string {
  const sentences = fact.articles.flatMap((file) => (byFile.get(file)?.sentences ?? []).map((s) => s.text));
  const at = sentences.findIndex((t) => covers(t, fact.keywords));
  if (at >= 0) return at < 3 ? `sentence ${at}` : 'sentence 3+';
  for (let k = 0; k + 1 < sentences.length; k++) if (covers(`${sentences[k]} ${sentences[k + 1]}`, fact.keywords)) return 'two';
  return 'none';
}

const tally = new Map<string, number>();
let total = 0;
for (const set of sets) {
  const labels = JSON.parse(readFileSync(set.labels, 'utf8')) as LabelFile;
  const facts: Fact[] = labels.facts
    ? [...labels.facts]
    : labels.articles.flatMap((a) => (a.key_facts ?? []).map((f, i) => ({ ...f, id: `${a.file}#${i}`, articles: [a.file] })));
  const { articles, manifest } = digestOfSet(set);
  const items = manifest.sections.flatMap((s) => s.items.map((it) => ({ theme: s.theme, text: it.text, files: it.sources.map((k) => basename(k)) })));
  const byFile = new Map(articles.map((a) => [basename(a.key), a]));
  for (const fact of facts) {
    total++;
    let where: string;
    if (items.some((it) => it.theme === fact.theme && covers(it.text, fact.keywords))) where = 'covered';
    else if (items.some((it) => covers(it.text, fact.keywords))) where = 'told in another section';
    else {
      const cites = (it: (typeof items)[number]) => fact.articles.some((f) => it.files.includes(f));
      const cited = items.some((it) => it.theme === fact.theme && cites(it)) ? 'cited in its section' : items.some(cites) ? 'cited in another section' : 'not cited';
      where = `${cited}, ${whereInArticles(fact, byFile)}`;
      if (list) console.log(`${set.name}\t${fact.id}\t${where}\t${fact.keywords.join(' + ')}`);
    }
    tally.set(where, (tally.get(where) ?? 0) + 1);
  }
}
console.log(`${total} facts in ${sets.length} set(s)`);
for (const [where, n] of [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) console.log(`${String(n).padStart(6)}  ${where}`);
