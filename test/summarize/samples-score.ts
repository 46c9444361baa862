// Summarizes the invented sample articles (samples/) and scores the digest against held-out labels
// (test/fixtures/sample-labels.json) with the shared scorer: a change tuned on the seeds must hold here.
//   npx tsx test/summarize/samples-score.ts [--show] [--json]
import { SAMPLE_LABELS, SAMPLES } from './helpers';
import { scoreSet } from './score-set';

process.exit(await scoreSet({ name: 'samples', dir: SAMPLES, labels: SAMPLE_LABELS, out: '/tmp/sample-digest' }, process.argv));
