// Whether each digest's top story tells the point most of its articles report: of the labelled facts
// (the scorer's keyword matching), the one the most articles state, or one of the three most stated.
// The labels list every article that states a fact, passing mentions included, so "most reported" is
// the story's first event on a multi-week set (prison-riot's riot, 16 of 16). A measurement, not a test:
//   npx tsx test/summarize/top-story-facts.ts [-v]
import { readFileSync } from 'node:fs';
import { coversFact as covers } from './helpers';
import { digestOfSet, labelledSets } from './score-set';

interface Fact {
  readonly keywords: readonly string[];
  readonly articles?: readonly string[];
}

const verbose = process.argv.includes('-v');
let sets = 0;
let most = 0;
let topThree = 0;
for (const set of labelledSets()) {
  const facts = ((JSON.parse(readFileSync(set.labels, 'utf8')) as { facts?: Fact[] }).facts ?? []).filter((f) => f.articles?.length);
  const { manifest } = digestOfSet(set);
  const lead = manifest.lead ? manifest.sections.find((s) => s.theme === manifest.lead!.theme)?.items[manifest.lead.index] : undefined;
  if (!facts.length || !lead) continue;
  sets++;
  const counts = facts.map((f) => f.articles!.length).sort((a, b) => b - a);
  const told = Math.max(0, ...facts.filter((f) => covers(lead.text, f.keywords)).map((f) => f.articles!.length));
  if (told === counts[0]) most++;
  if (told >= counts[Math.min(2, counts.length - 1)]!) topThree++;
  if (verbose) console.log(`${set.name}\t${told}/${counts[0]}\t${lead.text.slice(0, 100)}`);
}
console.log(`${sets} digests with a top story: it tells the most-reported labelled fact in ${most}, one of the three most reported in ${topThree}`);
