// How the digest treats the labelled same-event pairs: two outlets' reports of one event, listed
// in each set's labels.json "about" ("Same-event pairs: 01/02 (...), 05/06 (...)"). A measurement,
// not a test: merged = one item cites both; split = each has items of its own and none cites both;
// both ledes = each article's opening sentence is an item of its own (the reader meets the event twice).
//   npx tsx test/summarize/same-event-pairs.ts [-v]
import { readFileSync } from 'node:fs';
import { digestOfSet, labelledSets } from './score-set';

const verbose = process.argv.includes('-v');
const total = { sets: 0, pairs: 0, merged: 0, split: 0, bothLedes: 0 };
for (const set of labelledSets()) {
  const labels = JSON.parse(readFileSync(set.labels, 'utf8')) as { about?: string };
  const listed = /Same-event pairs?:([^.]*(?:\([^)]*\)[^.]*)*)\./i.exec(labels.about ?? '');
  if (!listed) continue;
  const pairs = [...listed[1]!.matchAll(/(\d\d)\s*\/\s*(\d\d)/g)].map((m) => [m[1]!, m[2]!] as const);
  if (!pairs.length) continue;
  total.sets++;
  const digest = digestOfSet(set);
  const fileNo = (key: string): string => key.split('/').pop()!.slice(0, 2);
  const items = digest.manifest.sections.flatMap((s) => s.items.map((it) => ({ text: it.text, sources: it.sources.map(fileNo) })));
  const lede = new Map(digest.articles.map((a) => [fileNo(a.key), (a.sentences[0]?.text ?? '').slice(5, 35)]));
  const opensWith = (no: string): boolean => items.some((it) => it.sources[0] === no && !!lede.get(no) && it.text.includes(lede.get(no)!));
  for (const [a, b] of pairs) {
    total.pairs++;
    const both = items.some((it) => it.sources.includes(a) && it.sources.includes(b));
    if (both) total.merged++;
    else if (items.some((it) => it.sources[0] === a) && items.some((it) => it.sources[0] === b)) total.split++;
    if (!both && opensWith(a) && opensWith(b)) {
      total.bothLedes++;
      if (verbose) console.log(`${set.name} ${a}/${b}: both openings are items`);
    }
  }
}
console.log(JSON.stringify(total));
