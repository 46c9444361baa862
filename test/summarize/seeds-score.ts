// Summarizes the five real seed articles and scores the digest with the shared scorer.
//   npx tsx test/summarize/seeds-score.ts [--show] [--json]
import { LABELS, SEEDS } from './helpers';
import { scoreSet } from './score-set';

process.exit(await scoreSet({ name: 'seeds', dir: SEEDS, labels: LABELS, out: '/tmp/seed-digest' }, process.argv));
