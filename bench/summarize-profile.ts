// summarize() alone over N synthetic articles read by the real reader, repeated R times:
//   node --import tsx [--cpu-prof] bench/summarize-profile.ts [N=1000] [R=3]
// Prints the best and each run's seconds; reading is done once, outside the timed part.
import { performance } from 'node:perf_hooks';
import { parseAppConfig, toRuntimeConfig } from '../config/schema';
import { readArticle } from '../functions/core/ingest';
import type { Article } from '../functions/core/model';
import { summarize } from '../functions/core/summarize';
import { ArticleSynthesizer } from './synthetic';

const n = Number(process.argv[2] ?? 1000);
const runs = Number(process.argv[3] ?? 3);
const config = toRuntimeConfig(parseAppConfig({ sender: 'digest@example.com', recipients: ['reader@example.com'] }));
const synth = new ArticleSynthesizer();
const articles: Article[] = [];
for (let i = 0; i < n; i++) {
  try {
    articles.push(readArticle(synth.file(i), { maxBytes: config.maxArticleBytes }));
  } catch {
    // Rejected files are not part of summarize()'s input.
  }
}
const seconds: number[] = [];
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  summarize(articles, config);
  seconds.push((performance.now() - t0) / 1000);
}
console.log(JSON.stringify({ articles: articles.length, best: Math.min(...seconds), seconds }));
