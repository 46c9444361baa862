// How the topic checks behave on batches we did not label as such: random subsets (50-90%) of
// each labelled set that is big enough to be gated, counting the articles each rule rules out by
// their labels (off-topic caught, on-topic lost). A measurement, not a test. The user's topic terms
// (a set's subject.json) decide first; --without-terms leaves them out, to see the batch checks alone.
//   npx tsx test/summarize/topic-subsets.ts [runs=200] [--without-terms]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { deliverSettingsOf } from '../../config/schema';
import { summarize } from '../../functions/core/summarize';
import { SINGLE_MENTION_FIT, TOPIC_SHARE } from '../../functions/core/summarize/topic';
import { shuffled } from './helpers';
import { digestOfSet, labelledSets } from './score-set';

const args = process.argv.slice(2);
const withoutTerms = args.includes('--without-terms');
const runs = Number(args.find((a) => !a.startsWith('--')) ?? 200);
for (const set of labelledSets()) {
  const { articles, config } = digestOfSet(set);
  const { topicTerms: _terms, ...batchOnly } = deliverSettingsOf(config);
  const options = withoutTerms ? batchOnly : deliverSettingsOf(config);
  const labels = JSON.parse(readFileSync(set.labels, 'utf8')) as { articles: { file: string; on_topic?: boolean }[] };
  const offTopic = new Set(labels.articles.filter((a) => a.on_topic === false).map((a) => a.file));
  const count = { batches: 0, gated: 0, termsCaught: 0, termsLost: 0, singleCaught: 0, singleLost: 0, anchorCaught: 0, anchorLost: 0, namesCaught: 0, namesLost: 0, similarityCaught: 0, similarityLost: 0 };
  const anchors = new Map<string, number>();
  /** On-topic articles ruled out, by file: how often, and their topic fit each time. */
  const lost = new Map<string, number[]>();
  for (let seed = 1; seed <= runs; seed++) {
    const share = 0.5 + ((seed - 1) % 5) * 0.1;
    const batch = shuffled(articles, seed).slice(0, Math.max(10, Math.round(articles.length * share)));
    const { themes } = summarize(batch, options);
    count.batches++;
    let gated = false;
    for (const [key, t] of themes) {
      // Judged: compared with the batch, or given a theme by its terms and then gated by the topic terms.
      if (t.topicFit === undefined && (t.topicMentions === undefined || (t.theme === null && !t.setAside))) continue;
      gated = true;
      if (t.theme !== null) continue;
      const off = offTopic.has(basename(key));
      if (t.topicMentions === 0) count[off ? 'termsCaught' : 'termsLost']++;
      else if (t.topicFit === undefined) continue;
      else if (t.topicMentions === 1 && t.topicFit < SINGLE_MENTION_FIT && t.topicFit >= TOPIC_SHARE) count[off ? 'singleCaught' : 'singleLost']++;
      else if (t.missingTopicWords) {
        count[off ? 'anchorCaught' : 'anchorLost']++;
        for (const w of t.missingTopicWords) anchors.set(w, (anchors.get(w) ?? 0) + 1);
      } else if (t.topicFit >= TOPIC_SHARE) count[off ? 'namesCaught' : 'namesLost']++;
      else count[off ? 'similarityCaught' : 'similarityLost']++;
      if (!off) lost.set(basename(key), [...(lost.get(basename(key)) ?? []), t.topicFit ?? Number.NaN]);
    }
    if (gated) count.gated++;
  }
  console.log(`${set.name}: ${JSON.stringify(count)} anchors ${JSON.stringify(Object.fromEntries(anchors))}`);
  for (const [file, fits] of [...lost].sort()) console.log(`  on-topic ruled out: ${file} x${fits.length} (fit ${Math.min(...fits).toFixed(2)}-${Math.max(...fits).toFixed(2)})`);
}
