// A labelled set at a glance, for whoever writes or reviews one: its quality row (as
// test/summarize/quality.ts measures it), every item of its digest with the files it cites, and each
// article's labelled theme against the one it got (ok / MISS / LEAK) with its choice scores.
//   npx tsx test/summarize/set-report.ts NAME
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { digestOfSet, labelledSets, qualityOf } from './score-set';
const name = process.argv[2];
const set = labelledSets().find((s) => s.name === name);
if (!set) {
  console.error(`no labelled set named ${name} under test/fixtures/sets`);
  process.exit(2);
}
console.log(JSON.stringify(qualityOf(set), null, 2));
interface LabelledArticle {
  readonly file: string;
  readonly on_topic: boolean;
  readonly primary?: string | null;
}
const labels = JSON.parse(readFileSync(set.labels, 'utf8')) as { articles: LabelledArticle[] };
const byFile = new Map(labels.articles.map((a) => [a.file, a]));
const { manifest } = digestOfSet(set);
console.log(`\nsubject line top story: ${JSON.stringify(manifest.lead ?? null)}`);
for (const sec of manifest.sections) {
  console.log(`\n## ${sec.title} (${sec.theme})`);
  for (const it of sec.items) console.log(`- ${it.text}  <${it.sources.map((k) => basename(k).slice(0, 2)).join(',')}>`);
  if (sec.alsoIn?.length) console.log(`  also in: ${sec.alsoIn.map((k) => basename(k).slice(0, 2)).join(', ')}`);
}
console.log('\n# articles: file | labelled on_topic/primary | got theme | set aside | choice scores');
for (const a of manifest.articles) {
  const l = byFile.get(basename(a.key));
  const ok = l ? (l.on_topic ? (a.theme === l.primary ? 'ok ' : 'MISS') : a.theme ? 'LEAK' : 'ok ') : '?? ';
  console.log(`${ok} ${basename(a.key)} | ${l?.on_topic ? l.primary : 'off'} | ${a.theme ?? '-'} | ${a.setAside ?? ''} | ${JSON.stringify(a.themeChoiceScores)}`);
}
