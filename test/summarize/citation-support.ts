// How far "also reported by" agrees with the labels: of the articles an item cites after its own,
// the share that its set's labels list for a fact the item tells (the scorer's keyword matching).
// A measurement, not a test: the labels list every article that states a fact, passing mentions in
// reports of later news included, so a citation left out on purpose (sourcesOf's retellings) can
// lower it; an article the labels give for none of the item's facts is the case to read.
//   npx tsx test/summarize/citation-support.ts [-v]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { coversFact as covers } from './helpers';
import { digestOfSet, labelledSets } from './score-set';

interface Fact {
  readonly keywords: readonly string[];
  readonly articles: readonly string[];
}

const verbose = process.argv.includes('-v');
let cited = 0;
let judged = 0;
let supported = 0;
for (const set of labelledSets()) {
  const facts = ((JSON.parse(readFileSync(set.labels, 'utf8')) as { facts?: Fact[] }).facts ?? []) as Fact[];
  if (!facts.length) continue;
  for (const section of digestOfSet(set).manifest.sections) {
    for (const item of section.items) {
      const told = facts.filter((f) => covers(item.text, f.keywords));
      for (const key of item.sources.slice(1)) {
        cited++;
        if (!told.length) continue;
        judged++;
        const file = basename(key);
        if (told.some((f) => f.articles.includes(file))) supported++;
        else if (verbose) console.log(`${set.name}\t${file}\t${item.text.slice(0, 100)}`);
      }
    }
  }
}
console.log(`${cited} citations after an item's own article; ${judged} on items that tell a labelled fact, ${supported} (${(supported / judged).toFixed(3)}) of an article the labels give for it`);
