// How far a second, blind reading of a set agrees with its labels, and with the summarizer. Each
// `second-reader.json` (beside a set's labels.json) was written by a reader who saw only the story
// line, the themes' titles and terms, and the articles under shuffled file names: not the labels,
// not the summarizer, not the file numbers (01-17 on topic gives the answer away). A measurement,
// not a test: it says how much of the theme accuracy still missing is the labels' own judgement.
//   npx tsx test/summarize/second-reader.ts [-v]
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { digestOfSet, labelledSets } from './score-set';

interface Row {
  readonly file: string;
  readonly on_topic: boolean;
  readonly primary?: string | null;
  readonly note?: string;
}
const verbose = process.argv.includes('-v');
const share = (n: number, d: number): string => (d ? (n / d).toFixed(3) : '-');
const total = { articles: 0, topicAgree: 0, bothOn: 0, primaryAgree: 0, firstOn: 0, toolFirst: 0, secondOn: 0, toolSecond: 0, toolEither: 0 };
console.log('| set | articles | on topic (labels / second) | on-topic agreement | primary agreement | summarizer vs labels | vs second reading | vs either |');
console.log('|---|---|---|---|---|---|---|---|');
for (const set of labelledSets()) {
  const path = join(dirname(set.labels), 'second-reader.json');
  if (!existsSync(path)) continue;
  const first = new Map((JSON.parse(readFileSync(set.labels, 'utf8')) as { articles: Row[] }).articles.map((a) => [a.file, a]));
  const second = new Map((JSON.parse(readFileSync(path, 'utf8')) as { articles: Row[] }).articles.map((a) => [a.file, a]));
  const got = new Map(digestOfSet(set).manifest.articles.map((a) => [basename(a.key), a.theme]));
  const s = { articles: 0, topicAgree: 0, bothOn: 0, primaryAgree: 0, firstOn: 0, toolFirst: 0, secondOn: 0, toolSecond: 0, toolEither: 0 };
  for (const [file, a] of first) {
    const b = second.get(file);
    if (!b) throw new Error(`${set.name}: ${file} has no second reading`);
    const theme = got.get(file) ?? null;
    s.articles++;
    if (a.on_topic === b.on_topic) s.topicAgree++;
    if (a.on_topic && b.on_topic) {
      s.bothOn++;
      if (a.primary === b.primary) s.primaryAgree++;
      else if (verbose) console.error(`${set.name} ${file}: labels ${a.primary}, second ${b.primary}, summarizer ${theme ?? '-'}${b.note ? ` (${b.note})` : ''}`);
    }
    if (a.on_topic) {
      s.firstOn++;
      if (theme === a.primary) s.toolFirst++;
      if (theme !== null && (theme === a.primary || (b.on_topic && theme === b.primary))) s.toolEither++;
    }
    if (b.on_topic) {
      s.secondOn++;
      if (theme === b.primary) s.toolSecond++;
    }
  }
  for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += s[k];
  console.log(`| ${set.name} | ${s.articles} | ${s.firstOn} / ${s.secondOn} | ${share(s.topicAgree, s.articles)} | ${share(s.primaryAgree, s.bothOn)} | ${share(s.toolFirst, s.firstOn)} | ${share(s.toolSecond, s.secondOn)} | ${share(s.toolEither, s.firstOn)} |`);
}
const t = total;
console.log(`| all | ${t.articles} | ${t.firstOn} / ${t.secondOn} | ${share(t.topicAgree, t.articles)} | ${share(t.primaryAgree, t.bothOn)} | ${share(t.toolFirst, t.firstOn)} | ${share(t.toolSecond, t.secondOn)} | ${share(t.toolEither, t.firstOn)} |`);
