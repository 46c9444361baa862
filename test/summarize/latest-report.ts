// Which labelled sets' digests show a "Latest" (a story over weeks' newest development, under the
// top story), and the item it shows. `npx tsx test/summarize/latest-report.ts [--quiet]`.
import type { DigestManifest } from '../../functions/core/model';
import { DATED_ITEMS_AFTER_DAYS, daysBetween } from '../../functions/core/dates';
import { digestOfSet, labelledSets } from './score-set';

const quiet = process.argv.includes('--quiet');
let shown = 0;
let spanning = 0;
let added = 0;
for (const set of labelledSets()) {
  const m: DigestManifest = digestOfSet(set).manifest;
  const days = m.articles.filter((a) => a.theme !== null && a.publishedAt).map((a) => a.publishedAt!.slice(0, 10)).sort();
  if (days.length < 2 || daysBetween(days[0]!, days.at(-1)!) <= DATED_ITEMS_AFTER_DAYS) continue;
  spanning++;
  const ref = m.latest;
  const item = !ref ? undefined : 'item' in ref ? ref.item : m.sections.find((s) => s.theme === ref.theme)?.items[ref.index];
  if (ref && 'item' in ref) added++;
  if (item) shown++;
  if (!quiet) {
    const day = item ? m.articles.find((a) => a.key === item.sources[0])?.publishedAt?.slice(0, 10) : null;
    console.log(`${set.name}\t${ref && 'item' in ref ? 'own ' : ''}${item ? `${day} (batch ends ${days.at(-1)})\t${item.text.slice(0, 120)}` : `none (batch ends ${days.at(-1)})`}`);
  }
}
console.log(`\n${shown} of ${spanning} digests spanning more than a week show a "Latest" (${added} of them an item of its own, outside the sections)`);
