// How many bullets of the email join one report's neighbouring items (toView's oneBulletPerReport),
// and how many top stories read on with their report's next items, on every labelled set, and how
// long they run. A measurement, not a test:
//   npx tsx test/summarize/joined-bullets.ts
import { toView } from '../../functions/core/digest';
import { countWords } from '../../functions/core/summarize';
import { digestOfSet, labelledSets } from './score-set';

let digests = 0;
let joined = 0;
const words: number[] = [];
const leadWords: number[] = [];
for (const set of labelledSets()) {
  const { manifest } = digestOfSet(set);
  const texts = new Set(manifest.sections.flatMap((s) => s.items.map((it) => it.text)));
  const view = toView(manifest, { digestName: 'Digest', sender: 'digest@example.com' });
  if (view.lead && !texts.has(view.lead.text)) leadWords.push(countWords(view.lead.text));
  const bullets = view.sections.flatMap((s) => s.items).filter((it) => !texts.has(it.text));
  if (!bullets.length) continue;
  digests++;
  for (const b of bullets) words.push(countWords(b.text));
  // A bullet of n items joins n - 1 of them onto the first.
  joined += bullets.reduce((n, b) => n + manifest.sections.flatMap((s) => s.items).filter((it) => b.text.includes(it.text)).length - 1, 0);
}
words.sort((a, b) => a - b);
leadWords.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    sets: labelledSets().length,
    digests,
    bullets: words.length,
    itemsJoined: joined,
    medianWords: words[words.length >> 1] ?? 0,
    maxWords: words.at(-1) ?? 0,
    topStoriesJoined: leadWords.length,
    topStoryMedianWords: leadWords[leadWords.length >> 1] ?? 0,
    topStoryMaxWords: leadWords.at(-1) ?? 0,
  }),
);
